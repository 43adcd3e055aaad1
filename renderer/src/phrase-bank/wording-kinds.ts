import type { Phrase, PhraseInsert } from '../../../shared/domain.ts';

/** A wording of the bank as the secretary edits it. */
export type Wording = Pick<Phrase, 'inserts' | 'form' | 'text' | 'parts'>;

export const insertLabels: Record<PhraseInsert, string> = { resolution: 'Resolution', sentence: 'Plain sentence' };
