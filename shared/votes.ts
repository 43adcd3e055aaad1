import type { z } from 'zod';
import type { Vote, VoteOutcome } from './domain.ts';
import { ApiError } from './errors.ts';
import type { voteInputSchema } from './fields.ts';

/** A vote as the secretary gives it (the vote form, setVote): whatever follows from the rest may be left out. */
export type VoteInput = z.output<typeof voteInputSchema>;

/**
 * The outcome of a counted vote when the secretary does not say: all for and none against or
 * abstaining is unanimous, more for than against carried, otherwise (a tie included) lost. The
 * vote form previews with it and settleVote fills the outcome in with it.
 */
export function outcomeFromCounts(counts: NonNullable<Vote['counts']>): VoteOutcome {
  if (counts.against === 0 && counts.abstentions === 0 && counts.for > 0) return 'unanimous';
  return counts.for > counts.against ? 'carried' : 'lost';
}

/**
 * A vote as minuted, from what the secretary gave: counts follow from the names of a recorded
 * vote, the outcome from the counts (a tie is lost unless the chairman's casting vote carried it,
 * which the secretary says by choosing "carried"). A vote that contradicts itself is refused, with
 * the reason: the main process refuses it so, and the vote form says so before sending it.
 */
export function settleVote(input: VoteInput): Vote {
  const recorded = input.recorded
    ? {
        for: input.recorded.for.map((name) => name.trim()),
        against: input.recorded.against.map((name) => name.trim()),
        abstained: input.recorded.abstained.map((name) => name.trim()),
      }
    : null;
  const fromNames = recorded && { for: recorded.for.length, against: recorded.against.length, abstentions: recorded.abstained.length };
  if (input.counts && fromNames && JSON.stringify(input.counts) !== JSON.stringify(fromNames)) {
    invalid('The numbers of votes do not match the names recorded.');
  }
  const counts = input.counts ?? fromNames ?? null;
  let outcome = input.outcome;
  if (!outcome) {
    if (!counts) invalid('Say whether the motion was carried or lost, or give the votes.');
    outcome = outcomeFromCounts(counts);
  }
  if (counts) {
    if (outcome === 'carried' && counts.for < counts.against) invalid('A motion with more votes against than for was lost, not carried.');
    if (outcome === 'lost' && counts.for > counts.against) invalid('A motion with more votes for than against was carried, not lost.');
    if (outcome === 'unanimous' && (counts.against > 0 || counts.for === 0)) {
      invalid('A unanimous vote has votes for and none against.');
    }
  }
  return { outcome, counts, recorded };
}

function invalid(message: string): never {
  throw new ApiError('invalid-input', message);
}
