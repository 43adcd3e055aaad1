import type { Vote, VoteOutcome } from './domain.ts';

/**
 * The outcome of a counted vote when the secretary does not say: all for and none against or
 * abstaining is unanimous, more for than against carried, otherwise (a tie included) lost. The
 * main process settles votes with it and the vote form previews with it.
 */
export function outcomeFromCounts(counts: NonNullable<Vote['counts']>): VoteOutcome {
  if (counts.against === 0 && counts.abstentions === 0 && counts.for > 0) return 'unanimous';
  return counts.for > counts.against ? 'carried' : 'lost';
}
