import { createCompleter, type Completer } from '../../../shared/completion.ts';
import type { MeetingDetail } from '../../../shared/domain.ts';
import { richTextToPlain } from '../../../shared/rich-text.ts';
import { api } from '../api.ts';

// One completer per open meeting, shared by every item's notes: what is typed in item 4 is
// suggested in item 9. It starts from the model of what the committee had before the meeting
// (getCompletionModel) and this meeting's notes so far, and learns each word as it is finished.

const completers = new Map<string, { completer: Completer | null; isLoading: boolean }>();
let lastMeetingId: string | null = null;

/** The completer of the meeting open in this window, for fields that are handed no meeting (a resolution's text). */
export function openMeetingCompleter(): Completer | null {
  return lastMeetingId ? (completers.get(lastMeetingId)?.completer ?? null) : null;
}

/** The meeting's completer, or null until its model has arrived (typing never waits for it). */
export function completerFor(detail: Pick<MeetingDetail, 'meeting' | 'agenda' | 'byItem'>): Completer | null {
  const meetingId = detail.meeting.id;
  lastMeetingId = meetingId;
  const known = completers.get(meetingId);
  if (known) return known.completer;
  const entry: { completer: Completer | null; isLoading: boolean } = { completer: null, isLoading: true };
  completers.set(meetingId, entry);
  api.getCompletionModel({ meetingId }).then(
    (model) => {
      const completer = createCompleter(model);
      for (const item of detail.agenda) {
        completer.learn(item.title);
        completer.learn(richTextToPlain(item.notes));
        for (const resolution of detail.byItem[item.id]?.resolutions ?? []) completer.learn([resolution.text, ...resolution.parts].join('\n'));
      }
      entry.completer = completer;
      entry.isLoading = false;
    },
    // Without a model the notes work as before; the next meeting opened tries again.
    () => completers.delete(meetingId),
  );
  return null;
}
