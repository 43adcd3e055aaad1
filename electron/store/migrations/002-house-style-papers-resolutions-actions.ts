// Migration 2: house style, Part 2 items, sentence overrides, papers, resolutions, actions. Shipped: never edit it; add the next file.
export default `
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
  `;
