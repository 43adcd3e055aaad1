// Numbered migrations: index + 1 is the schema version recorded in PRAGMA user_version.
// Never edit a migration that has shipped; add the next one.

export const migrations: string[] = [
  /* 1: committees, roster, meetings, agenda, attendance */ `
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
  `,

  /* 2: house style, Part 2 items, sentence overrides, papers, resolutions, actions */ `
  CREATE TABLE house_styles (
    committee_id TEXT PRIMARY KEY REFERENCES committees(id) ON DELETE CASCADE,
    layout TEXT NOT NULL CHECK (layout IN ('action-column', 'single-column')),
    font_family TEXT NOT NULL,
    font_size REAL NOT NULL,
    date_style TEXT NOT NULL CHECK (date_style IN ('plain', 'ordinal')),
    refer_to TEXT NOT NULL CHECK (refer_to IN ('name', 'role')),
    part2_wording TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE part2_items (
    item_id TEXT PRIMARY KEY REFERENCES agenda_items(id) ON DELETE CASCADE,
    paragraph INTEGER CHECK (paragraph BETWEEN 1 AND 7),
    reason TEXT NOT NULL DEFAULT ''
  ) STRICT;

  CREATE TABLE sentence_overrides (
    item_id TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (item_id, key)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE papers (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    item_id TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    file_name TEXT,
    position INTEGER NOT NULL,
    added_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX papers_by_meeting ON papers(meeting_id, item_id, position);

  CREATE TABLE resolutions (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    item_id TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
    form TEXT NOT NULL DEFAULT 'resolved' CHECK (form IN ('resolved', 'recommended')),
    text TEXT NOT NULL DEFAULT '',
    parts TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX resolutions_by_meeting ON resolutions(meeting_id, item_id, position);

  -- The owner is one of: a roster member, an attendee (guest or substitute), or a group named in
  -- owner_name. owner_name also keeps an attendee's name, so removing the guest leaves the action
  -- owned by that name rather than by nobody.
  CREATE TABLE actions (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    item_id TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
    resolution_id TEXT REFERENCES resolutions(id) ON DELETE CASCADE,
    description TEXT NOT NULL DEFAULT '',
    owner_member_id TEXT REFERENCES members(id),
    owner_attendee_id TEXT REFERENCES attendees(id) ON DELETE SET NULL,
    owner_name TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'carried-forward')),
    position INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX actions_by_meeting ON actions(meeting_id, item_id, position);
  CREATE INDEX actions_by_resolution ON actions(resolution_id);
  `,
];
