import type { Meeting, MeetingDetail } from '../../shared/domain.ts';
import { openBackend } from '../../electron/backend.ts';
import { summarise, timeRepeatedly, type BenchModule } from './bench.ts';
import { historyFor, startUpWorkDone } from './search.bench.ts';

// Creating the next meeting at the end of a long history: the agenda from the template, the
// previous minutes' approval, the outstanding actions carried into Matters arising and the
// continuous numbering worked out, all in one transaction through the dispatch gate.

const iterations = 60;
const warmUp = 5;

export const continuityBench: BenchModule = {
  name: 'continuity',
  async run(context) {
    const history = await historyFor(context);
    const backend = openBackend(history.file);
    const call = <T>(method: string, input: unknown): T => {
      const envelope = backend.dispatch(method, input);
      if (!envelope.ok) throw new Error(`${method} was refused: ${envelope.error.message}`);
      return envelope.value as T;
    };
    try {
      // As in a session: the file's checks on open are done before the secretary's first edit.
      await startUpWorkDone(backend);
      // The first committee numbers its minutes continuously (the heavier case).
      let latest = history.meetingIds[0]!.at(-1)!;
      const samples = timeRepeatedly(
        { iterations, warmUp },
        () => {
          // Two new actions at each meeting, so there is always something to carry; reviews past the
          // first ten are marked done, keeping the backlog at the size a real committee carries.
          const detail = call<MeetingDetail>('getMeeting', { meetingId: latest });
          for (const review of detail.actionReviews.slice(10)) {
            call('updateActionReview', { reviewId: review.id, status: 'done', note: 'Completed.' });
          }
          const item = detail.agenda.find((candidate) => candidate.kind === 'any-other-business')!;
          for (const description of ['Report back on the ward figures', 'Write to the Home Office']) {
            call('addAction', { itemId: item.id, description, owner: { group: 'Partners' } });
          }
          const next = new Date(`${detail.meeting.date}T12:00:00Z`);
          next.setUTCDate(next.getUTCDate() + 35);
          return { meetingId: latest, date: next.toISOString().slice(0, 10) };
        },
        (input) => {
          latest = call<Meeting>('createNextMeeting', input).id;
        },
      );
      const last = call<MeetingDetail>('getMeeting', { meetingId: latest });
      // A bench that carried nothing would report wonderful figures.
      if (last.actionReviews.length === 0) throw new Error('No actions were carried forward.');
      return [
        {
          metric: 'Create the next meeting (createNextMeeting via dispatch)',
          shown: ['median', 'p95'],
          target: { statistic: 'median', maxMs: 50 },
          summary: summarise(samples),
          detail: `${iterations} meetings in a row after ${history.meetingIds[0]!.length} of a committee with continuous numbering (the last starting at minute ${last.firstMinuteNumber}); ${last.actionReviews.length} actions carried into the last`,
        },
      ];
    } finally {
      backend.close();
    }
  },
};
