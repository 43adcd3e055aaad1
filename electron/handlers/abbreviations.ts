import { alreadyDefinedMessage } from '../../shared/abbreviations.ts';
import type { HandlerTable } from '../../shared/api.ts';
import type { Abbreviation } from '../../shared/domain.ts';
import { ApiError } from '../../shared/errors.ts';
import { abbreviationLimits } from '../../shared/limits.ts';
import {
  findAbbreviation,
  findLiveAbbreviationByKey,
  insertAbbreviation,
  listAbbreviations,
  updateAbbreviationRow,
} from '../store/abbreviations.ts';
import { findCommittee } from '../store/committees.ts';
import { clearDeleted, markDeleted } from '../store/soft-delete.ts';
import { alreadyAdded, conflict, deletionTime, found, live, notYetDeleted, timestamp, write, type HandlerContext } from './context.ts';

// A committee's abbreviations, beside its phrase bank: both are the committee's own words, kept
// once for every secretary of it (the phrase bank file carries both).

type AbbreviationHandlers = Pick<
  HandlerTable,
  'listAbbreviations' | 'addAbbreviation' | 'updateAbbreviation' | 'deleteAbbreviation' | 'restoreAbbreviation'
>;

type Entry = Pick<Abbreviation, 'abbreviation' | 'expansion'>;

const clean = (entry: Entry): Entry => ({ abbreviation: entry.abbreviation.trim(), expansion: entry.expansion.trim() });

function refuseDuplicate(existing: Abbreviation | undefined, exceptId: string | null): void {
  if (existing && existing.id !== exceptId) {
    throw new ApiError('invalid-input', alreadyDefinedMessage(existing));
  }
}

function refuseTooMany(count: number): void {
  if (count > abbreviationLimits.perCommittee) {
    throw new ApiError('invalid-input', `A committee keeps at most ${abbreviationLimits.perCommittee.toLocaleString('en-GB')} abbreviations.`);
  }
}

/**
 * Adds a phrase bank file's abbreviations to the committee's, in the caller's transaction. One the
 * committee already has (in any case) keeps the committee's own expansion.
 */
export function appendAbbreviations(context: HandlerContext, committeeId: string, entries: readonly Entry[]): void {
  const now = timestamp(context);
  for (const entry of entries.map(clean)) {
    if (findLiveAbbreviationByKey(context.db, committeeId, entry.abbreviation)) continue;
    insertAbbreviation(context.db, { id: context.newId(), committeeId, ...entry, updatedAt: now });
  }
  refuseTooMany(listAbbreviations(context.db, committeeId).length);
}

export function abbreviationHandlers(context: HandlerContext): AbbreviationHandlers {
  const { db } = context;
  const committeeOf = (committeeId: string) => found(findCommittee(db, committeeId), 'That committee');
  const what = 'That abbreviation';

  return {
    listAbbreviations: ({ committeeId }) => {
      committeeOf(committeeId);
      return listAbbreviations(db, committeeId);
    },

    addAbbreviation: ({ committeeId, abbreviationId, ...fields }) =>
      write(context, () => {
        committeeOf(committeeId);
        const again = abbreviationId && alreadyAdded(findAbbreviation(db, abbreviationId), (existing) => existing.committeeId === committeeId);
        if (again) return again;
        const entry = clean(fields);
        refuseDuplicate(findLiveAbbreviationByKey(db, committeeId, entry.abbreviation), null);
        refuseTooMany(listAbbreviations(db, committeeId).length + 1);
        const added: Abbreviation = { id: abbreviationId ?? context.newId(), committeeId, ...entry, updatedAt: timestamp(context) };
        insertAbbreviation(db, added);
        return added;
      }),

    updateAbbreviation: ({ abbreviationId, ...changes }) =>
      write(context, () => {
        const current = live(findAbbreviation(db, abbreviationId), what);
        const entry = clean({ abbreviation: changes.abbreviation ?? current.abbreviation, expansion: changes.expansion ?? current.expansion });
        refuseDuplicate(findLiveAbbreviationByKey(db, current.committeeId, entry.abbreviation), abbreviationId);
        const next: Abbreviation = { ...current, ...entry, updatedAt: timestamp(context) };
        updateAbbreviationRow(db, next);
        return next;
      }),

    deleteAbbreviation: ({ abbreviationId }) =>
      write(context, () => {
        notYetDeleted(findAbbreviation(db, abbreviationId), what);
        markDeleted(db, 'abbreviations', [abbreviationId], deletionTime(context));
        return { removed: true as const };
      }),

    restoreAbbreviation: ({ abbreviationId }) =>
      write(context, () => {
        const { deletedAt, ...entry } = found(findAbbreviation(db, abbreviationId), what);
        if (deletedAt) {
          const since = findLiveAbbreviationByKey(db, entry.committeeId, entry.abbreviation);
          if (since) conflict(`“${since.abbreviation}” has been defined again since it was deleted (as “${since.expansion}”): delete or edit that one first.`);
          refuseTooMany(listAbbreviations(db, entry.committeeId).length + 1);
          clearDeleted(db, 'abbreviations', [abbreviationId]);
        }
        return listAbbreviations(db, entry.committeeId);
      }),
  };
}
