// Migration 7: the file at most three times the text it holds (issue 11; it was six). Shipped:
// never edit it; add the next file.
// - search_text becomes a contentless FTS5 index (contentless_delete, so entries can still be
//   removed one by one): search_docs' texts were its content, a second copy of every note.
// - search_docs keeps where each text sits and, for all but notes, the short text itself (titles,
//   resolutions, actions, declarations, reviews); a notes entry keeps a fingerprint of its block
//   instead (store/compact.ts), and snippets are cut from the notes. Where migration 3's SQL
//   worded a block otherwise than the app does (see its test), the entry keeps that text until
//   the item's next save writes the app's own. Each entry names its item by
//   a small key (search_items) rather than the item's 36-character id; source_id is left out where
//   the item is the source (title, notes), and the meeting comes from the item.
// - agenda_items.notes_deflated holds the editor's JSON deflated. A row is rewritten so at its next
//   save (its notes column then holds ''), not here: approved and confirmed minutes are locked
//   against any update (migration 6), and the space a rewrite frees would only come back at a VACUUM.
// The store now writes the index itself (it has the text); the trigger only removes entries.
export default `
  DROP TRIGGER search_docs_added;
  DROP TRIGGER search_docs_removed;
  DROP TRIGGER search_docs_changed;
  DROP TABLE search_text;
  CREATE VIRTUAL TABLE search_text USING fts5(
    body, content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
  );
  INSERT INTO search_text (rowid, body) SELECT id, body FROM search_docs;

  CREATE TABLE search_items (
    key INTEGER PRIMARY KEY,
    item_id TEXT NOT NULL UNIQUE REFERENCES agenda_items(id) ON DELETE CASCADE
  ) STRICT;
  INSERT INTO search_items (item_id) SELECT DISTINCT item_id FROM search_docs ORDER BY item_id;

  CREATE TABLE search_docs_compact (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL CHECK (source IN ('title', 'notes', 'resolution', 'action', 'declaration', 'action-review')),
    source_id TEXT CHECK ((source_id IS NULL) = (source IN ('title', 'notes'))),
    item INTEGER NOT NULL REFERENCES search_items(key) ON DELETE CASCADE,
    resolution_id TEXT REFERENCES resolutions(id) ON DELETE CASCADE,
    action_id TEXT REFERENCES actions(id) ON DELETE CASCADE,
    declaration_id TEXT REFERENCES declarations(id) ON DELETE CASCADE,
    review_id TEXT REFERENCES action_updates(id) ON DELETE CASCADE,
    body TEXT,
    fingerprint INTEGER,
    CHECK (CASE WHEN source = 'notes' THEN (body IS NULL) <> (fingerprint IS NULL) ELSE body IS NOT NULL AND fingerprint IS NULL END)
  ) STRICT;
  INSERT INTO search_docs_compact (id, source, source_id, item, resolution_id, action_id, declaration_id, review_id, body, fingerprint)
    SELECT id, source, CASE WHEN source IN ('title', 'notes') THEN NULL ELSE source_id END,
      (SELECT key FROM search_items WHERE search_items.item_id = d.item_id),
      resolution_id, action_id, declaration_id, review_id,
      CASE WHEN is_app_text THEN NULL ELSE body END,
      CASE WHEN is_app_text THEN proceedings_fingerprint(body) END
    FROM (
      SELECT search_docs.*, source = 'notes' AND proceedings_is_notes_block((SELECT notes FROM agenda_items a WHERE a.id = item_id), body) AS is_app_text
      FROM search_docs
    ) AS d;
  DROP TABLE search_docs;
  ALTER TABLE search_docs_compact RENAME TO search_docs;
  CREATE INDEX search_docs_by_source ON search_docs(source_id, source) WHERE source_id IS NOT NULL;
  CREATE INDEX search_docs_by_item ON search_docs(item);
  CREATE INDEX search_docs_by_resolution ON search_docs(resolution_id) WHERE resolution_id IS NOT NULL;
  CREATE INDEX search_docs_by_action ON search_docs(action_id) WHERE action_id IS NOT NULL;
  CREATE INDEX search_docs_by_declaration ON search_docs(declaration_id) WHERE declaration_id IS NOT NULL;
  CREATE INDEX search_docs_by_review ON search_docs(review_id) WHERE review_id IS NOT NULL;
  CREATE TRIGGER search_docs_removed AFTER DELETE ON search_docs BEGIN
    DELETE FROM search_text WHERE rowid = old.id;
  END;

  ALTER TABLE agenda_items ADD COLUMN notes_deflated BLOB;
  `;
