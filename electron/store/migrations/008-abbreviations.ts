// Migration 8: each committee's abbreviations, expanded as the secretary types (issue 10;
// shared/abbreviations.ts). Deleted like every other record the secretary deletes (migration 5,
// store/soft-delete.ts), so Undo brings the same one back. match_key is the abbreviation in the
// form two are compared in (abbreviationKey): one live abbreviation per key in a committee.
// Shipped: never edit it; add the next file.
export default `
  CREATE TABLE abbreviations (
    id TEXT PRIMARY KEY,
    committee_id TEXT NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
    abbreviation TEXT NOT NULL CHECK (length(abbreviation) BETWEEN 1 AND 40),
    match_key TEXT NOT NULL,
    expansion TEXT NOT NULL CHECK (length(expansion) BETWEEN 1 AND 500),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
  ) STRICT;
  CREATE UNIQUE INDEX abbreviations_live_by_key ON abbreviations(committee_id, match_key) WHERE deleted_at IS NULL;
  `;
