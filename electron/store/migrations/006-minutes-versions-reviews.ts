// Migration 6: the minutes' review (issue 8) — versions with their snapshots, the chairman's
// approval and the confirmation, imported responses and their comments, review mode's response
// in progress, what an imported meeting says about meetings not in this data folder, and the
// lock that keeps approved and confirmed minutes read-only. Shipped: never edit it; add the next file.

const lockedStates = `('approved', 'confirmed')`;

/** Refuses the change when the meeting `meetingId` (an SQL expression) has approved or confirmed minutes. */
function lock(name: string, event: string, table: string, meetingId: string, extraCondition = ''): string {
  const state = `(SELECT status FROM meetings WHERE id = ${meetingId})`;
  return `
  CREATE TRIGGER ${name} BEFORE ${event} ON ${table}
  WHEN ${state} IN ${lockedStates}${extraCondition ? ` AND (${extraCondition})` : ''}
  BEGIN
    SELECT RAISE(ABORT, 'proceedings:minutes-locked:approved') WHERE ${state} = 'approved';
    SELECT RAISE(ABORT, 'proceedings:minutes-locked:confirmed') WHERE ${state} = 'confirmed';
  END;`;
}

/** Every change to the rows of a table that belong to a meeting, found by its meeting_id. */
function lockTable(table: string): string {
  return [
    lock(`${table}_locked_insert`, 'INSERT', table, 'NEW.meeting_id'),
    lock(`${table}_locked_update`, 'UPDATE', table, 'OLD.meeting_id'),
    lock(`${table}_locked_delete`, 'DELETE', table, 'OLD.meeting_id'),
  ].join('');
}

/** Tables keyed by item: the meeting is the item's. */
function lockItemTable(table: string): string {
  const meetingOf = (row: string) => `(SELECT meeting_id FROM agenda_items WHERE id = ${row}.item_id)`;
  return [
    lock(`${table}_locked_insert`, 'INSERT', table, meetingOf('NEW')),
    lock(`${table}_locked_update`, 'UPDATE', table, meetingOf('OLD')),
    lock(`${table}_locked_delete`, 'DELETE', table, meetingOf('OLD')),
  ].join('');
}

const changed = (columns: string[]) => columns.map((column) => `NEW.${column} IS NOT OLD.${column}`).join(' OR ');

export default `
  -- The chairman's approval and the confirmation at the next meeting, as JSON
  -- ({version, by, at} and {version, by, at, meetingId, meetingDate, resolutionId}); NULL when none.
  ALTER TABLE meetings ADD COLUMN approval TEXT;
  ALTER TABLE meetings ADD COLUMN confirmation TEXT;

  -- Every move of the minutes saves a version: the whole minutes as a version 2 meeting file
  -- (snapshot), with who, when and why. Never changed once written.
  CREATE TABLE minutes_versions (
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    version INTEGER NOT NULL CHECK (version >= 1),
    state TEXT NOT NULL CHECK (state IN ('draft', 'with-chairman', 'returned', 'approved', 'confirmed')),
    change TEXT NOT NULL,
    at TEXT NOT NULL,
    by TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    hash TEXT NOT NULL,
    snapshot TEXT NOT NULL,
    PRIMARY KEY (meeting_id, version)
  ) STRICT, WITHOUT ROWID;
  CREATE TRIGGER minutes_versions_kept BEFORE UPDATE ON minutes_versions
  BEGIN SELECT RAISE(ABORT, 'A saved version of the minutes cannot be changed.'); END;

  -- What an imported meeting's minutes say about meetings that are not in this data folder (the
  -- previous meeting, earlier actions reviewed, the first minute number), kept so they read and
  -- export as they did where the file came from. Written only by an import.
  CREATE TABLE meeting_context (
    meeting_id TEXT PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
    previous_meeting TEXT,
    first_minute_number INTEGER,
    action_reviews TEXT NOT NULL DEFAULT '[]'
  ) STRICT;

  -- The chairman's responses brought back, one row per response (its id is chosen when the
  -- chairman starts it), and their comments. hash is the response file's last imported content.
  CREATE TABLE review_responses (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    reviewer TEXT NOT NULL,
    decision TEXT,
    hash TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL DEFAULT ''
  ) STRICT;
  CREATE INDEX review_responses_by_meeting ON review_responses(meeting_id);

  CREATE TABLE review_comments (
    id TEXT PRIMARY KEY,
    response_id TEXT NOT NULL REFERENCES review_responses(id) ON DELETE CASCADE,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    anchor TEXT NOT NULL,
    text TEXT NOT NULL,
    suggestion TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('comment', 'pending', 'accepted', 'declined')),
    resolved_at TEXT,
    resolved_by TEXT,
    resolved_in_version INTEGER
  ) STRICT;
  CREATE INDEX review_comments_by_meeting ON review_comments(meeting_id, position);

  -- Review mode (the chairman beside the secretary): the response so far, until it is finished.
  CREATE TABLE review_drafts (
    review_id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    response TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;

  -- Approved and confirmed minutes are read-only, whichever handler tries to change them. An
  -- action raised at such a meeting can still be marked done later (its status and the time).
  ${lockTable('agenda_items')}
  ${lockTable('attendees')}
  ${lockTable('resolutions')}
  ${lockTable('papers')}
  ${lockTable('declarations')}
  ${lockItemTable('part2_items')}
  ${lockItemTable('sentence_overrides')}
  ${lock('actions_locked_insert', 'INSERT', 'actions', 'NEW.meeting_id')}
  ${lock('actions_locked_delete', 'DELETE', 'actions', 'OLD.meeting_id')}
  ${lock(
    'actions_locked_update',
    'UPDATE',
    'actions',
    'OLD.meeting_id',
    changed(['item_id', 'resolution_id', 'resolution_part', 'description', 'owner_member_id', 'owner_attendee_id', 'owner_name', 'due_date', 'position', 'deleted_at']),
  )}
  ${lock('action_updates_locked_insert', 'INSERT', 'action_updates', 'NEW.meeting_id')}
  ${lock('action_updates_locked_update', 'UPDATE', 'action_updates', 'OLD.meeting_id', changed(['item_id', 'status', 'note', 'position']))}
  ${lock('action_updates_locked_delete', 'DELETE', 'action_updates', 'OLD.meeting_id')}
  ${lock(
    'meetings_locked_update',
    'UPDATE',
    'meetings',
    'OLD.id',
    `NEW.status = OLD.status AND (${changed(['date', 'start_time', 'venue', 'is_virtual', 'title', 'started_at', 'ended_at', 'next_meeting_date'])})`,
  )}
`;
