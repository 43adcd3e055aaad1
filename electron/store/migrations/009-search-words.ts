// Migration 9: search_terms, every word the search index holds, in the index's own spelling
// (issue 11: searching ten years of minutes as the secretary types). A prefix FTS5 keeps no
// prefix index for ("comm", "figures") is answered by merging the whole list of entries of every
// word it begins before the newest can be read: 25–30 ms a keystroke on 10,000 meetings. Spelled
// out as those words, it reads only their newest entries (store/search-index.ts, newestMatches).
// The store adds a text's words as it indexes the text, and takes out in quiet moments those whose
// entries have all gone. Shipped: never edit it; add the next file.
export default `
  CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID, STRICT;
  CREATE VIRTUAL TABLE temp.search_text_words USING fts5vocab(main, search_text, row);
  INSERT INTO search_terms (term) SELECT term FROM temp.search_text_words;
  DROP TABLE temp.search_text_words;
  `;
