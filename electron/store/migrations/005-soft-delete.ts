// Migration 5: every record the secretary can delete is kept with the time it was deleted, so an
// undo brings back the same record (same id, same history hanging off it) instead of a copy.
// See store/soft-delete.ts for the one rule. Shipped: never edit it; add the next file.
export default `
  ALTER TABLE resolutions ADD COLUMN deleted_at TEXT;
  ALTER TABLE actions ADD COLUMN deleted_at TEXT;
  ALTER TABLE declarations ADD COLUMN deleted_at TEXT;
  ALTER TABLE phrases ADD COLUMN deleted_at TEXT;
  ALTER TABLE papers ADD COLUMN deleted_at TEXT;
  ALTER TABLE attendees ADD COLUMN deleted_at TEXT;
  `;
