import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedMeeting, tempFolder, type TestApp } from './harness.ts';

/**
 * Two meetings of one committee using every feature a meeting file must carry: continuous
 * numbering, attendance with times and substitutes, guests, notes with formatting, papers,
 * Part 2, sentence overrides, resolutions with parts and votes, declarations, actions (a
 * guest's, a group's, a member's), the next meeting created from the first with its reviewed
 * actions, the next meeting date and the link between them. Returns the second meeting's id.
 */
export function seedEveryFeature(app: TestApp) {
  const { handlers } = app;
  const { committee, roster, meeting } = seedMeeting(app);
  handlers.updateCommittee({ committeeId: committee.id, minuteNumbering: { mode: 'continuous', restartMonth: 1 } });
  const first = handlers.getMeeting({ meetingId: meeting.id });
  const general = handlers.addAgendaItem({ meetingId: meeting.id, title: 'Community safety plan', afterItemId: first.agenda[3]!.id });
  handlers.addAction({ itemId: general.id, resolutionId: null, description: 'Circulate the plan', owner: { memberId: roster[2]!.id }, dueDate: '2021-04-15' });
  handlers.addAction({ itemId: general.id, resolutionId: null, description: 'Report back on funding', owner: { group: 'Partners' }, dueDate: null });
  handlers.updateMeeting({ meetingId: meeting.id, nextMeetingDate: '2021-06-17', endedAt: '11:30', startedAt: '10:00' });

  const next = handlers.createNextMeeting({ meetingId: meeting.id, venue: 'Bromley Civic Centre' });
  const detail = handlers.getMeeting({ meetingId: next.id });
  const [welcome, apologies, declarationsItem, previousMinutes, mattersArising] = detail.agenda;
  handlers.setAttendance({ meetingId: next.id, who: { memberId: roster[0]!.id }, status: 'present' });
  handlers.setAttendance({ meetingId: next.id, who: { memberId: roster[1]!.id }, status: 'apologies' });
  handlers.setAttendance({ meetingId: next.id, who: { memberId: roster[2]!.id }, status: 'present', arrivedAt: '10:20', arrivedDuringItemId: mattersArising!.id });
  handlers.setAttendance({ meetingId: next.id, who: { memberId: roster[3]!.id }, status: 'present', leftAt: '11:05', leftDuringItemId: mattersArising!.id });
  const substitute = handlers.addAttendee({ meetingId: next.id, name: 'Sgt Ada Okafor', role: 'Met Police', organisation: '', status: 'substitute', substituteForMemberId: roster[1]!.id });
  const guest = handlers.addAttendee({ meetingId: next.id, name: 'Dr Ruth Évora-Ngata', role: '', organisation: 'Bromley Youth Trust', status: 'in_attendance', substituteForMemberId: null });
  handlers.updateAgendaItem({
    itemId: welcome!.id,
    notes: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'The Chairman welcomed everyone, ' }, { type: 'text', text: 'especially', marks: [{ type: 'bold' }] }, { type: 'text', text: ' new members.' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Introductions were made — مرحبا.' }] }] }] },
      ],
    },
    postMeetingNote: 'Post-meeting note: the slides were circulated.',
    presenters: [{ memberId: roster[0]!.id }, { name: 'A visiting officer' }],
  });
  handlers.setSentenceOverride({ itemId: apologies!.id, key: 'apologies', text: 'Apologies were received from Joanne Stowell.' });
  handlers.addDeclaration({ meetingId: next.id, who: { memberId: roster[3]!.id }, itemId: mattersArising!.id, nature: 'pecuniary', description: 'Owns a property on the estate', leftRoom: true });
  handlers.addDeclaration({ meetingId: next.id, who: { attendeeId: guest.attendeeId! }, itemId: null, nature: 'other', description: 'Trustee of the Bromley Youth Trust', leftRoom: false });
  const minutesResolution = handlers.addResolution({ itemId: previousMinutes!.id, form: 'resolved', parts: [], text: 'that the minutes of the meeting held on 25 March 2021 be agreed as a correct record.' });
  const item = handlers.addAgendaItem({ meetingId: next.id, title: 'Serious violence duty', afterItemId: mattersArising!.id });
  const sub = handlers.addAgendaItem({ meetingId: next.id, title: 'Funding', afterItemId: item.id });
  handlers.reorderAgenda({
    meetingId: next.id,
    order: handlers.getMeeting({ meetingId: next.id }).agenda.map((entry) => ({ id: entry.id, parentId: entry.id === sub.id ? item.id : entry.parentId })),
  });
  const resolution = handlers.addResolution({ itemId: item.id, form: 'resolved', text: 'that:', parts: ['the duty be noted;', 'a working group be formed.'] });
  handlers.setVote({ resolutionId: resolution.id, vote: { counts: { for: 7, against: 2, abstentions: 1 } } });
  handlers.addAction({ itemId: item.id, resolutionId: resolution.id, description: 'Form the working group', owner: { attendeeId: substitute.attendeeId! }, dueDate: '2021-07-01' });
  handlers.addAction({ itemId: sub.id, resolutionId: null, description: 'Bid for the fund', owner: { attendeeId: guest.attendeeId! }, dueDate: null });
  const paperSource = join(tempFolder(), 'Report.pdf');
  writeFileSync(paperSource, '%PDF-1.4 a paper');
  handlers.addPaper({ itemId: item.id, title: 'Serious violence duty report', source: app.grant(paperSource, 'paper') });
  handlers.setItemPart2({ itemId: sub.id, part2: { paragraph: 3, reason: '' } });
  handlers.updateMeeting({ meetingId: next.id, nextMeetingDate: '2021-09-23', startedAt: '10:00', endedAt: '11:45' });
  const reviews = handlers.getMeeting({ meetingId: next.id }).actionReviews;
  handlers.updateActionReview({ reviewId: reviews[0]!.id, status: 'done', note: 'The plan was circulated on 2 April.' });
  return { committee, roster, first: meeting, meetingId: next.id, itemId: item.id, subItemId: sub.id, resolutionId: resolution.id, minutesResolutionId: minutesResolution.id, declarationsItem: declarationsItem! };
}
