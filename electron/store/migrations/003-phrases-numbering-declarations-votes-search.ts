// Migration 3: phrase bank, minute numbering, continuity, declarations, votes, action history, search. Shipped: never edit it; add the next file.
export default `
  -- Numbering, like the house style, has a row only once the secretary changes it.
  CREATE TABLE minute_numbering (
    committee_id TEXT PRIMARY KEY REFERENCES committees(id) ON DELETE CASCADE,
    mode TEXT NOT NULL CHECK (mode IN ('per-meeting', 'continuous')),
    restart_month INTEGER NOT NULL CHECK (restart_month BETWEEN 1 AND 12),
    updated_at TEXT NOT NULL
  ) STRICT;

  ALTER TABLE meetings ADD COLUMN previous_meeting_id TEXT REFERENCES meetings(id) ON DELETE SET NULL;
  ALTER TABLE meetings ADD COLUMN next_meeting_date TEXT;
  CREATE INDEX meetings_by_previous ON meetings(previous_meeting_id) WHERE previous_meeting_id IS NOT NULL;

  -- Continuous minute numbers count each earlier meeting's main items (shared/numbering.ts).
  CREATE INDEX agenda_main_items ON agenda_items(meeting_id) WHERE parent_id IS NULL AND deleted_at IS NULL;

  -- The vote as JSON ({outcome, counts, recorded}); NULL when none was minuted.
  ALTER TABLE resolutions ADD COLUMN vote TEXT;

  CREATE TABLE phrases (
    id TEXT PRIMARY KEY,
    committee_id TEXT NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
    inserts TEXT NOT NULL CHECK (inserts IN ('resolution', 'sentence')),
    form TEXT CHECK (form IN ('resolved', 'recommended')),
    text TEXT NOT NULL,
    parts TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((inserts = 'resolution') = (form IS NOT NULL))
  ) STRICT;
  CREATE INDEX phrases_by_committee ON phrases(committee_id, position);

  -- Every existing committee gets the standard wordings new committees start with. The list is
  -- written out here rather than taken from the code, so this step stays as it shipped.
  INSERT INTO phrases (id, committee_id, inserts, form, text, parts, position, created_at, updated_at)
  SELECT
    lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
      || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
    c.id, s.column2, s.column3, s.column4, s.column5, s.column1,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  FROM committees c CROSS JOIN (VALUES
    (0, 'resolution', 'resolved', 'that the update be noted.', '[]'),
    (1, 'resolution', 'resolved', 'that the update concerning {item} be noted.', '[]'),
    (2, 'resolution', 'resolved', 'that the minutes of the meeting held on {previous meeting date} be agreed as a correct record.', '[]'),
    (3, 'resolution', 'resolved', 'that the report be noted.', '[]'),
    (4, 'resolution', 'resolved', 'that the recommendations be agreed.', '[]'),
    (5, 'resolution', 'resolved', 'that:', '["…","…"]'),
    (6, 'resolution', 'recommended', 'to {body} that …', '[]'),
    (7, 'sentence', NULL, 'There were no declarations of interest.', '[]'),
    (8, 'sentence', NULL, 'No questions had been received.', '[]'),
    (9, 'sentence', NULL, 'The date of the next meeting was noted as {next meeting date}.', '[]')
  ) s;

  -- Who declared: a roster member, or an attendee of the meeting; person_name keeps the name so a
  -- removed guest's declaration still names them.
  CREATE TABLE declarations (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    item_id TEXT REFERENCES agenda_items(id) ON DELETE CASCADE,
    member_id TEXT REFERENCES members(id),
    attendee_id TEXT REFERENCES attendees(id) ON DELETE SET NULL,
    person_name TEXT NOT NULL DEFAULT '',
    nature TEXT NOT NULL CHECK (nature IN ('pecuniary', 'other')),
    description TEXT NOT NULL DEFAULT '',
    left_room INTEGER NOT NULL DEFAULT 0 CHECK (left_room IN (0, 1)),
    position INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX declarations_by_meeting ON declarations(meeting_id, position);
  CREATE INDEX declarations_by_item ON declarations(item_id) WHERE item_id IS NOT NULL;
  CREATE INDEX declarations_by_attendee ON declarations(attendee_id) WHERE attendee_id IS NOT NULL;

  -- An action's history: one row per later meeting that reviews it (made when that meeting is
  -- created, updated during it), and rows with no meeting for changes made from the action log.
  -- The action's own status is kept equal to its latest decided row, so the log filters on a column.
  CREATE TABLE action_updates (
    id TEXT PRIMARY KEY,
    action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    meeting_id TEXT REFERENCES meetings(id) ON DELETE CASCADE,
    item_id TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'done', 'carried-forward')),
    note TEXT NOT NULL DEFAULT '',
    recorded_on TEXT NOT NULL,
    position INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (action_id, meeting_id)
  ) STRICT;
  CREATE INDEX action_updates_by_meeting ON action_updates(meeting_id, position) WHERE meeting_id IS NOT NULL;
  CREATE INDEX action_updates_by_item ON action_updates(item_id) WHERE item_id IS NOT NULL;
  CREATE INDEX actions_by_owner_member ON actions(owner_member_id) WHERE owner_member_id IS NOT NULL;
  CREATE INDEX actions_by_owner_attendee ON actions(owner_attendee_id) WHERE owner_attendee_id IS NOT NULL;

  -- Search. search_docs holds each searchable text (an item's title, one top-level block of its
  -- notes, a resolution, an action, a declaration, an action's review) with where it sits in the
  -- minutes; search_text is the FTS5 index over search_docs.body (an external-content table, so
  -- the text is stored once). The store writes search_docs in the transaction of each change (see
  -- store/search-index.ts for why the store rather than triggers on the source tables); these
  -- triggers keep search_text equal to search_docs, and ON DELETE CASCADE takes a text out when
  -- what it came from is deleted. Notes are indexed block by block so that saving a keystroke
  -- re-indexes one paragraph, not the whole item.
  --
  -- A text's id orders it by its meeting's date and start time: (minutes since 1970 of the
  -- meeting's start) × 2^20 + a count within that minute. FTS5 walks matches in id order, so the
  -- newest matches come first without ranking every match in the file.
  CREATE TABLE search_docs (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL CHECK (source IN ('title', 'notes', 'resolution', 'action', 'declaration', 'action-review')),
    source_id TEXT NOT NULL,
    item_id TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    resolution_id TEXT REFERENCES resolutions(id) ON DELETE CASCADE,
    action_id TEXT REFERENCES actions(id) ON DELETE CASCADE,
    declaration_id TEXT REFERENCES declarations(id) ON DELETE CASCADE,
    review_id TEXT REFERENCES action_updates(id) ON DELETE CASCADE,
    body TEXT NOT NULL
  ) STRICT;
  CREATE INDEX search_docs_by_source ON search_docs(source_id, source);
  CREATE INDEX search_docs_by_item ON search_docs(item_id);
  CREATE INDEX search_docs_by_meeting ON search_docs(meeting_id);
  CREATE INDEX search_docs_by_resolution ON search_docs(resolution_id) WHERE resolution_id IS NOT NULL;
  CREATE INDEX search_docs_by_action ON search_docs(action_id) WHERE action_id IS NOT NULL;
  CREATE INDEX search_docs_by_declaration ON search_docs(declaration_id) WHERE declaration_id IS NOT NULL;
  CREATE INDEX search_docs_by_review ON search_docs(review_id) WHERE review_id IS NOT NULL;

  CREATE VIRTUAL TABLE search_text USING fts5(
    body, content = 'search_docs', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
  );

  CREATE TRIGGER search_docs_added AFTER INSERT ON search_docs BEGIN
    INSERT INTO search_text (rowid, body) VALUES (new.id, new.body);
  END;
  CREATE TRIGGER search_docs_removed AFTER DELETE ON search_docs BEGIN
    INSERT INTO search_text (search_text, rowid, body) VALUES ('delete', old.id, old.body);
  END;
  CREATE TRIGGER search_docs_changed AFTER UPDATE OF id, body ON search_docs BEGIN
    INSERT INTO search_text (search_text, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO search_text (rowid, body) VALUES (new.id, new.body);
  END;

  -- What is already in the file goes into the index: titles, notes (the plain text of each
  -- top-level block, worked out from the editor's JSON as richTextToPlain does), resolutions and
  -- actions of items on the agenda.
  CREATE TEMP TABLE migrated_docs (
    source TEXT NOT NULL, source_id TEXT NOT NULL, item_id TEXT NOT NULL, meeting_id TEXT NOT NULL,
    resolution_id TEXT, action_id TEXT, body TEXT NOT NULL
  );
  INSERT INTO migrated_docs (source, source_id, item_id, meeting_id, body)
    SELECT 'title', id, id, meeting_id, title FROM agenda_items WHERE deleted_at IS NULL AND trim(title) <> '';

  -- A run's block is the index in $.content[…]; its paragraph is the path of the array holding it.
  CREATE TEMP TABLE migrated_runs AS
    SELECT a.id AS item_id, a.meeting_id,
      CAST(substr(node.fullkey, 11, instr(substr(node.fullkey, 11), ']') - 1) AS INTEGER) AS block,
      rtrim(node.path, '0123456789[]') AS paragraph, node.id AS at,
      CASE WHEN node.key = 'text' THEN node.value ELSE char(10) END AS piece
    FROM agenda_items a, json_tree(a.notes) AS node
    WHERE a.deleted_at IS NULL
      AND ((node.key = 'text' AND node.type = 'text') OR (node.key = 'type' AND node.value = 'hardBreak'));
  INSERT INTO migrated_docs (source, source_id, item_id, meeting_id, body)
    SELECT 'notes', item_id, item_id, meeting_id, body FROM (
      SELECT item_id, meeting_id, block,
        trim(replace(replace(group_concat(text, char(10) ORDER BY at), char(57344), ' '), char(57345), ' '), ' ' || char(9, 10, 13)) AS body
      FROM (
        SELECT item_id, meeting_id, block, group_concat(piece, '' ORDER BY at) AS text, min(at) AS at
        FROM migrated_runs GROUP BY item_id, block, paragraph
      )
      GROUP BY item_id, block
      ORDER BY item_id, block
    )
    WHERE body <> '';
  DROP TABLE migrated_runs;

  INSERT INTO migrated_docs (source, source_id, item_id, meeting_id, resolution_id, body)
    SELECT 'resolution', r.id, r.item_id, r.meeting_id, r.id,
      CASE r.form WHEN 'recommended' THEN 'RECOMMENDED' ELSE 'RESOLVED' END || ' ' || r.text
        || coalesce((SELECT char(10) || group_concat(value, char(10)) FROM json_each(r.parts)), '')
    FROM resolutions r JOIN agenda_items a ON a.id = r.item_id WHERE a.deleted_at IS NULL;

  INSERT INTO migrated_docs (source, source_id, item_id, meeting_id, action_id, body)
    SELECT 'action', t.id, t.item_id, t.meeting_id, t.id, trim(t.description || char(10) || t.owner_name, ' ' || char(9, 10, 13))
    FROM actions t JOIN agenda_items a ON a.id = t.item_id
    WHERE a.deleted_at IS NULL AND trim(t.description || t.owner_name, ' ' || char(9, 10, 13)) <> '';

  INSERT INTO search_docs (id, source, source_id, item_id, meeting_id, resolution_id, action_id, body)
    SELECT slot * 1048576 + row_number() OVER (PARTITION BY slot ORDER BY d.rowid) - 1,
      d.source, d.source_id, d.item_id, d.meeting_id, d.resolution_id, d.action_id, d.body
    FROM migrated_docs d JOIN (
      SELECT id, CAST(julianday(date) - 2440587.5 AS INTEGER) * 1440
        + CAST(substr(start_time, 1, 2) AS INTEGER) * 60 + CAST(substr(start_time, 4, 2) AS INTEGER) AS slot
      FROM meetings
    ) g ON g.id = d.meeting_id;
  DROP TABLE migrated_docs;
  `;
