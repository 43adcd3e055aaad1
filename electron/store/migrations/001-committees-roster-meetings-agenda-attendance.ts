// Migration 1: committees, roster, meetings, agenda, attendance. Shipped: never edit it; add the next file.
export default `
  CREATE TABLE committees (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    default_venue TEXT NOT NULL DEFAULT '',
    default_start_time TEXT NOT NULL DEFAULT '10:00',
    agenda_template TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE members (
    id TEXT PRIMARY KEY,
    committee_id TEXT NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    initials TEXT NOT NULL DEFAULT '',
    chair_role TEXT CHECK (chair_role IN ('chairman', 'vice-chairman')),
    position INTEGER NOT NULL,
    is_archived INTEGER NOT NULL DEFAULT 0 CHECK (is_archived IN (0, 1))
  ) STRICT;
  CREATE INDEX members_by_committee ON members(committee_id, position);

  CREATE TABLE meetings (
    id TEXT PRIMARY KEY,
    committee_id TEXT NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    start_time TEXT NOT NULL,
    venue TEXT NOT NULL DEFAULT '',
    is_virtual INTEGER NOT NULL DEFAULT 0 CHECK (is_virtual IN (0, 1)),
    title TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft',
    started_at TEXT,
    ended_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX meetings_by_committee ON meetings(committee_id, date);

  CREATE TABLE agenda_items (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    parent_id TEXT REFERENCES agenda_items(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL DEFAULT 'general',
    title TEXT NOT NULL DEFAULT '',
    presenters TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL,
    post_meeting_note TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX agenda_by_meeting ON agenda_items(meeting_id, position);

  CREATE TABLE attendees (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    member_id TEXT REFERENCES members(id),
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN
      ('unmarked', 'present', 'apologies', 'absent', 'substitute', 'also_present', 'in_attendance')),
    substitute_for_member_id TEXT REFERENCES members(id),
    arrived_at TEXT,
    arrived_during_item_id TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
    left_at TEXT,
    left_during_item_id TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
    position INTEGER NOT NULL,
    UNIQUE (meeting_id, member_id)
  ) STRICT;
  CREATE INDEX attendees_by_meeting ON attendees(meeting_id, position);
  `;
