import type { ActionReview, InterestNature, Vote } from '../domain.ts';
import { formatDate, joinList, type DateStyle } from '../wording.ts';

// The usual wording of votes, declarations and reviewed actions in council minutes.

export const interestWording: Record<InterestNature, string> = {
  pecuniary: 'a disclosable pecuniary interest',
  other: 'an other registrable interest',
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const withoutFullStop = (text: string) => text.trim().replace(/[.\s]+$/, '');

/**
 * "The motion was carried by 7 votes to 2, with 1 abstention." — the larger side first, as
 * minutes say it ("lost by 7 votes to 2"); "On being put to a recorded vote, the resolution was
 * carried: For: …; Against: …; Abstained: …" for a named vote.
 */
export function voteSentence(vote: Vote): string {
  const result = vote.outcome === 'unanimous' ? 'carried unanimously' : vote.outcome;
  if (vote.recorded) {
    const names = (list: string[]) => (list.length > 0 ? joinList(list.map((name) => name.trim())) : 'none');
    const { recorded } = vote;
    return `On being put to a recorded vote, the resolution was ${result}: For: ${names(recorded.for)}; Against: ${names(recorded.against)}; Abstained: ${names(recorded.abstained)}.`;
  }
  if (!vote.counts) return `The motion was ${result}.`;
  const { counts } = vote;
  const abstentions = counts.abstentions > 0 ? `, with ${plural(counts.abstentions, 'abstention', 'abstentions')}` : '';
  if (vote.outcome === 'unanimous') return `The motion was carried unanimously${abstentions}.`;
  const [larger, smaller] = vote.outcome === 'carried' ? [counts.for, counts.against] : [counts.against, counts.for];
  return `The motion was ${result} by ${plural(larger, 'vote', 'votes')} to ${smaller}${abstentions}.`;
}

/**
 * "Councillor X declared a disclosable pecuniary interest in item 7 (trustee of the Trust) and
 * left the room for that item." `who` is already as the sentence should name them.
 */
export function declarationSentence(
  who: string,
  declaration: { nature: InterestNature; description: string; leftRoom: boolean },
  itemNumber: string | null,
): string {
  const description = withoutFullStop(declaration.description);
  const item = itemNumber ? ` in item ${itemNumber}` : '';
  const detail = description ? ` (${description})` : '';
  const left = declaration.leftRoom && itemNumber ? ' and left the room for that item' : '';
  return `${who} declared ${interestWording[declaration.nature]}${item}${detail}${left}.`;
}

const progressWording = { open: '', done: 'completed', 'carried-forward': 'carried forward' } as const;

/**
 * An earlier meeting's action as Matters arising minutes it: "Circulate the CCTV figures
 * (minute 7, 25 March 2021): completed. The figures went out on 2 April."
 */
export function reviewSentence(review: ActionReview, dateStyle: DateStyle): string {
  const where = `minute ${review.origin.itemNumber}, ${formatDate(review.origin.meetingDate, dateStyle)}`;
  const description = withoutFullStop(review.action.description);
  const lead = description ? `${description} (${where})` : `Action from ${where}`;
  const progress = progressWording[review.status];
  const note = review.note.trim();
  const noteSentence = note ? ` ${/[.!?]$/.test(note) ? note : `${note}.`}` : '';
  return `${lead}${progress ? `: ${progress}.` : '.'}${noteSentence}`;
}
