import { abbreviationLookup, type AbbreviationLookup } from '../../../shared/abbreviations.ts';
import type { Abbreviation } from '../../../shared/domain.ts';
import { api } from '../api.ts';

// The abbreviations of the committee whose meeting is open, for every editor in it: read once when
// the meeting opens (typing never waits for them), and replaced whenever the Abbreviations tab or an
// imported phrase bank changes them, so a new one works in the very next meeting opened.

const lookups = new Map<string, AbbreviationLookup>();
const loading = new Set<string>();
let openCommitteeId: string | null = null;

/** Makes `committeeId` the open committee, reading its abbreviations if they are not here yet. */
export function openCommitteeAbbreviations(committeeId: string): void {
  openCommitteeId = committeeId;
  if (lookups.has(committeeId) || loading.has(committeeId)) return;
  loading.add(committeeId);
  api.listAbbreviations({ committeeId }).then(
    (abbreviations) => {
      // A list the tab handed over meanwhile is newer than this reply.
      if (loading.delete(committeeId)) lookups.set(committeeId, abbreviationLookup(abbreviations));
    },
    // Without them typing works as before; the next meeting opened tries again.
    () => loading.delete(committeeId),
  );
}

/** The open committee's abbreviations, or null until they have arrived. */
export function openAbbreviations(): AbbreviationLookup | null {
  return openCommitteeId ? (lookups.get(openCommitteeId) ?? null) : null;
}

/** The committee's abbreviations as they now are, after the secretary changed them. */
export function rememberAbbreviations(committeeId: string, abbreviations: readonly Abbreviation[]): void {
  loading.delete(committeeId);
  lookups.set(committeeId, abbreviationLookup(abbreviations));
}

/** Read again next time: an import changed them and did not say how. */
export function forgetAbbreviations(committeeId: string): void {
  loading.delete(committeeId);
  lookups.delete(committeeId);
}
