import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { HandlerTable } from '../../shared/api.ts';
import type { Phrase } from '../../shared/domain.ts';
import { ApiError } from '../../shared/errors.ts';
import {
  defaultPhrases,
  parsePhraseBankFile,
  phraseBankFileFrom,
  phraseBankFileMaxBytes,
  phraseShapeProblem,
} from '../../shared/phrases.ts';
import { writeFileAtomically } from '../export/write-file.ts';
import { findCommittee } from '../store/committees.ts';
import {
  findPhrase,
  insertPhrase,
  listPhrases,
  markCommitteePhrasesDeleted,
  updatePhraseRow,
  writePhraseOrder,
} from '../store/phrases.ts';
import { clearDeleted, markDeleted } from '../store/soft-delete.ts';
import { alreadyAdded, conflict, deletionTime, found, invalid, live, notYetDeleted, timestamp, write, type HandlerContext } from './context.ts';
import { sha256Hex } from '../hash.ts';
import { listAbbreviations, markCommitteeAbbreviationsDeleted } from '../store/abbreviations.ts';
import { appendAbbreviations } from './abbreviations.ts';

type PhraseHandlers = Pick<
  HandlerTable,
  | 'listPhrases'
  | 'addPhrase'
  | 'updatePhrase'
  | 'deletePhrase'
  | 'restorePhrase'
  | 'reorderPhrases'
  | 'exportPhraseBank'
  | 'importPhraseBank'
>;

type Wording = Pick<Phrase, 'inserts' | 'form' | 'text' | 'parts'>;

/** A wording as stored: trimmed, a resolution's lead word settled, and its shape checked. */
function cleanWording(wording: Wording): Wording {
  const cleaned = {
    inserts: wording.inserts,
    form: wording.inserts === 'resolution' ? (wording.form ?? 'resolved') : wording.form,
    text: wording.text.trim(),
    parts: wording.parts.map((part) => part.trim()),
  };
  const problem = phraseShapeProblem(cleaned);
  if (problem) invalid(problem);
  return cleaned;
}

const sameWording = (a: Wording, b: Wording) =>
  a.inserts === b.inserts && a.form === b.form && a.text === b.text && JSON.stringify(a.parts) === JSON.stringify(b.parts);

/** The standard wordings for a new committee, in the caller's transaction. */
export function seedPhrases(context: HandlerContext, committeeId: string): void {
  const now = timestamp(context);
  defaultPhrases.forEach((wording, position) =>
    insertPhrase(context.db, { id: context.newId(), committeeId, ...wording, parts: [...wording.parts], position, updatedAt: now }),
  );
}

export function phraseHandlers(context: HandlerContext): PhraseHandlers {
  const { db } = context;

  const committeeOf = (committeeId: string) => found(findCommittee(db, committeeId), 'That committee');

  const append = (committeeId: string, wordings: Wording[]) => {
    const existing = listPhrases(db, committeeId);
    const now = timestamp(context);
    let position = existing.length;
    for (const wording of wordings) {
      const cleaned = cleanWording(wording);
      if (existing.some((phrase) => sameWording(phrase, cleaned))) continue;
      const phrase: Phrase = { id: context.newId(), committeeId, ...cleaned, position: position++, updatedAt: now };
      insertPhrase(db, phrase);
      existing.push(phrase);
    }
  };

  return {
    listPhrases: ({ committeeId }) => {
      committeeOf(committeeId);
      return listPhrases(db, committeeId);
    },

    addPhrase: ({ committeeId, phraseId, afterPhraseId, form, ...fields }) =>
      write(context, () => {
        committeeOf(committeeId);
        const again = phraseId && alreadyAdded(findPhrase(db, phraseId), (existing) => existing.committeeId === committeeId);
        if (again) return again;
        const order = listPhrases(db, committeeId).map((phrase) => phrase.id);
        let insertAt = order.length;
        if (afterPhraseId) {
          const after = live(findPhrase(db, afterPhraseId), 'That wording');
          if (after.committeeId !== committeeId) invalid('That wording belongs to another committee.');
          insertAt = order.indexOf(afterPhraseId) + 1;
        }
        const phrase: Phrase = {
          id: phraseId ?? context.newId(),
          committeeId,
          ...cleanWording({ ...fields, form: form ?? null }),
          position: insertAt,
          updatedAt: timestamp(context),
        };
        insertPhrase(db, phrase);
        order.splice(insertAt, 0, phrase.id);
        writePhraseOrder(db, order);
        return phrase;
      }),

    updatePhrase: ({ phraseId, ...changes }) =>
      write(context, () => {
        const current = live(findPhrase(db, phraseId), 'That wording');
        const inserts = changes.inserts ?? current.inserts;
        // Turning a resolution into a sentence drops its lead word and parts unless new ones are given.
        const becomesSentence = inserts === 'sentence' && current.inserts === 'resolution';
        const wording = cleanWording({
          inserts,
          form: changes.form !== undefined ? changes.form : becomesSentence ? null : current.form,
          text: changes.text ?? current.text,
          parts: changes.parts ?? (becomesSentence ? [] : current.parts),
        });
        const next: Phrase = { ...current, ...wording, updatedAt: timestamp(context) };
        updatePhraseRow(db, next);
        return next;
      }),

    deletePhrase: ({ phraseId }) =>
      write(context, () => {
        notYetDeleted(findPhrase(db, phraseId), 'That wording');
        markDeleted(db, 'phrases', [phraseId], deletionTime(context));
        return { removed: true as const };
      }),

    restorePhrase: ({ phraseId }) =>
      write(context, () => {
        const { deletedAt, ...phrase } = found(findPhrase(db, phraseId), 'That wording');
        if (!deletedAt) return listPhrases(db, phrase.committeeId);
        clearDeleted(db, 'phrases', [phraseId]);
        // Back in the place it had: later adds and moves renumbered the others around the gap.
        const order = listPhrases(db, phrase.committeeId).map((candidate) => candidate.id).filter((id) => id !== phraseId);
        order.splice(Math.min(phrase.position, order.length), 0, phraseId);
        writePhraseOrder(db, order);
        return listPhrases(db, phrase.committeeId);
      }),

    reorderPhrases: ({ committeeId, phraseIds }) =>
      write(context, () => {
        committeeOf(committeeId);
        const current = new Set(listPhrases(db, committeeId).map((phrase) => phrase.id));
        if (phraseIds.length !== current.size || !phraseIds.every((phraseId) => current.delete(phraseId))) {
          conflict('The phrase bank changed while it was being reordered; please try again.');
        }
        writePhraseOrder(db, phraseIds);
        return listPhrases(db, committeeId);
      }),

    exportPhraseBank: ({ committeeId, target }) => {
      const targetPath = context.grants.take(target, 'phrase-bank-save');
      const committee = committeeOf(committeeId);
      const file = phraseBankFileFrom(committee.name, listPhrases(db, committeeId), timestamp(context), sha256Hex, listAbbreviations(db, committeeId));
      return { targetPath, byteLength: writeFileAtomically(targetPath, `${JSON.stringify(file, null, 2)}\n`) };
    },

    importPhraseBank: ({ committeeId, source, replace }) => {
      const sourcePath = context.grants.take(source, 'phrase-bank-open');
      committeeOf(committeeId);
      const parsed = parsePhraseBankFile(readPhraseBankFile(sourcePath), sha256Hex);
      if (!parsed.ok) invalid(`${basename(sourcePath)} could not be imported. ${parsed.message}`);
      return write(context, () => {
        if (replace) {
          const deletedAt = deletionTime(context);
          markCommitteePhrasesDeleted(db, committeeId, deletedAt);
          // A file without abbreviations (version 1 or 2) says nothing about them: they stay.
          if (parsed.file.abbreviations) markCommitteeAbbreviationsDeleted(db, committeeId, deletedAt);
        }
        append(committeeId, parsed.file.phrases);
        appendAbbreviations(context, committeeId, parsed.file.abbreviations ?? []);
        return listPhrases(db, committeeId);
      });
    },
  };
}

function readPhraseBankFile(sourcePath: string): string {
  const name = basename(sourcePath);
  try {
    if (statSync(sourcePath).size > phraseBankFileMaxBytes) invalid(`${name} is too large to be a phrase bank.`);
    return readFileSync(sourcePath, 'utf8');
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError('not-found', `${name} could not be read. Check that it still exists and try again.`);
  }
}
