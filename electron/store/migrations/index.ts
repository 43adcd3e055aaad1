// The schema's history, one file per change: entry n - 1 takes a database from version n - 1 to n
// (recorded in PRAGMA user_version). Never edit a file that has shipped; add the next number here.
import committeesRosterMeetingsAgendaAttendance from './001-committees-roster-meetings-agenda-attendance.ts';
import houseStylePapersResolutionsActions from './002-house-style-papers-resolutions-actions.ts';
import phrasesNumberingDeclarationsVotesSearch from './003-phrases-numbering-declarations-votes-search.ts';
import actionBesidePartNumberingCarriedOn from './004-action-beside-part-numbering-carried-on.ts';
import softDelete from './005-soft-delete.ts';
import minutesVersionsReviews from './006-minutes-versions-reviews.ts';
import compactNotesAndSearch from './007-compact-notes-and-search.ts';
import abbreviations from './008-abbreviations.ts';
import searchWords from './009-search-words.ts';

export const migrations: string[] = [
  committeesRosterMeetingsAgendaAttendance,
  houseStylePapersResolutionsActions,
  phrasesNumberingDeclarationsVotesSearch,
  actionBesidePartNumberingCarriedOn,
  softDelete,
  minutesVersionsReviews,
  compactNotesAndSearch,
  abbreviations,
  searchWords,
];
