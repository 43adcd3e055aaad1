// Under test: a roster member known only by post ("Assistant Director for Housing", no name) —
// shared/initials.ts (initials from a post, made unique), shared/compose/people.ts (how the minutes
// name them), electron/handlers/committees.ts (the add and update rules), and the same member in the
// Word minutes, the action log, the meeting file and compare, on a real data file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe as suite, expect, it } from 'vitest';
import { describe, describeInSentence, personLabel, refer } from '../../shared/compose/people.ts';
import type { Member } from '../../shared/domain.ts';
import { automaticInitials, initialsClashes, initialsOf, postInitials } from '../../shared/initials.ts';
import { cellText, readDocx } from './docx-reader.ts';
import { openTestApp, seedMeeting, tempFolder, type TestApp } from './harness.ts';

const housing = { name: '', role: 'Assistant Director for Housing', organisation: 'LB Bromley' };

function member(id: string, fields: Partial<Member>): Member {
  return { id, committeeId: 'c', name: '', role: '', organisation: '', initials: '', chairRole: null, position: 0, isArchived: false, ...fields };
}

suite('initials of a member known only by post', () => {
  it('come from the post, ranks kept and small words left out', () => {
    expect(postInitials('Assistant Director for Housing')).toBe('ADH');
    expect(postInitials('Head of Service (Trading Standards & Commercial Regulation)')).toBe('HSTS');
    expect(postInitials('LBB Assistant Director: Public Protection')).toBe('LADP');
    // A name still skips its ranks, as before.
    expect(initialsOf('Chief Superintendent Andy Brittain')).toBe('AB');
  });

  it('are made unique when worked out, from the last word of the post or the surname', () => {
    const roster = [member('a', { name: 'Alan Hughes', initials: 'ADH' }), member('b', { name: 'Superintendent Luke Baldock' })];
    expect(automaticInitials(housing, roster)).toBe('ADHo');
    expect(automaticInitials({ name: 'Lucy Barnes', role: '' }, roster)).toBe('LBa');
    expect(automaticInitials(housing, [...roster, member('c', { role: 'Deputy', initials: 'ADHo' })])).toBe('ADHou');
    // Once the words run out, a number tells them apart.
    expect(automaticInitials({ name: 'Al Bo', role: '' }, [member('d', { name: 'A B', initials: 'AB' }), member('e', { name: 'X', initials: 'ABo' })])).toBe('AB2');
    // Former members no longer stand in the Action column of new minutes.
    expect(automaticInitials(housing, [member('f', { initials: 'ADH', isArchived: true })])).toBe('ADH');
  });

  it('are flagged like anyone’s when they clash, naming the member by post', () => {
    const clashes = initialsClashes([member('a', { name: 'Alan Hughes', initials: 'ADH' }), member('h', housing)], personLabel);
    expect(clashes.get('a')).toBe('Assistant Director for Housing (LB Bromley)');
    expect(clashes.get('h')).toBe('Alan Hughes');
  });
});

suite('how the minutes name a member known only by post', () => {
  it('writes the post where the name would stand, with the organisation unless the post names it', () => {
    expect(personLabel(housing)).toBe('Assistant Director for Housing (LB Bromley)');
    expect(describe(housing)).toBe('Assistant Director for Housing (LB Bromley)');
    expect(describe({ name: '', role: 'LBB Head of Housing', organisation: 'LBB' })).toBe('LBB Head of Housing');
    expect(describe({ name: 'Dawn Helps', role: '', organisation: 'Clarion Housing Group' })).toBe('Dawn Helps (Clarion Housing Group)');
    // In running text a post takes its article; a name does not.
    expect(describeInSentence(housing)).toBe('the Assistant Director for Housing (LB Bromley)');
    expect(describeInSentence({ name: 'Ade Adetosoye', role: 'Chief Executive', organisation: '' })).toBe('Ade Adetosoye (Chief Executive)');
  });

  it('refers to them as "the" post in sentences, whatever the house style', () => {
    expect(refer({ ...housing, chairRole: null }, 'name')).toBe('the Assistant Director for Housing');
    expect(refer({ ...housing, chairRole: null }, 'role')).toBe('the Assistant Director for Housing');
    expect(refer({ ...housing, chairRole: 'vice-chairman' }, 'name')).toBe('the Vice-Chairman');
  });
});

function withHousingDirector(app: TestApp) {
  const seeded = seedMeeting(app);
  const director = app.handlers.addMember({ committeeId: seeded.committee.id, ...housing, initials: '', chairRole: null });
  return { ...seeded, director };
}

suite('the roster keeps a member known only by post', () => {
  it('adds them with no name and initials from the post; refuses someone with neither, saying why', () => {
    const app = openTestApp();
    const { committee, director } = withHousingDirector(app);
    expect(director).toMatchObject({ name: '', role: 'Assistant Director for Housing', initials: 'ADH' });
    const message = 'Give the member a name or a post (Role or title).';
    expect(app.dispatch('addMember', { committeeId: committee.id, name: ' ', role: '', organisation: 'LB Bromley', initials: '', chairRole: null })).toEqual({
      ok: false,
      error: { code: 'invalid-input', message },
    });
    expect(app.dispatch('updateMember', { memberId: director.id, role: '  ' })).toEqual({ ok: false, error: { code: 'invalid-input', message } });
    expect(app.handlers.getCommittee({ committeeId: committee.id }).members.find((each) => each.id === director.id)).toMatchObject({ role: 'Assistant Director for Housing' });
    // A name given later, and the post taken away, is a member like any other.
    expect(app.handlers.updateMember({ memberId: director.id, name: 'Sara Bowrey', role: '' })).toMatchObject({ name: 'Sara Bowrey', role: '' });
  });

  it('shows them by post in the Word minutes, the Action column, the action log, the meeting file and compare', async () => {
    const app = openTestApp();
    const { committee, roster, meeting, director } = withHousingDirector(app);
    const agenda = app.handlers.getMeeting({ meetingId: meeting.id }).agenda;
    const item = agenda.find((each) => each.kind === 'any-other-business')!;
    app.handlers.setAttendance({ meetingId: meeting.id, who: { memberId: roster[0]!.id }, status: 'present' });
    app.handlers.setAttendance({ meetingId: meeting.id, who: { memberId: director.id }, status: 'apologies' });
    app.handlers.addAttendee({ meetingId: meeting.id, name: 'Jo Deputy', role: '', organisation: '', status: 'substitute', substituteForMemberId: director.id });
    app.handlers.addAction({ itemId: item.id, resolutionId: null, description: 'Report on temporary accommodation', owner: { memberId: director.id }, dueDate: null });
    const reviewPath = join(tempFolder(), 'review.proceedings-review');
    app.handlers.sendToChairman({ meetingId: meeting.id, target: app.grant(reviewPath, 'review-save'), by: '', note: '' });
    // On the chairman's laptop, with nothing set up: the apologies name the post.
    const laptop = openTestApp();
    const opened = await laptop.handlers.openReview({ source: laptop.grant(reviewPath, 'review-open') });
    expect(JSON.stringify(opened.minutes)).toContain('Apologies for absence were received from the Assistant Director for Housing (LB Bromley).');
    app.handlers.startNewDraft({ meetingId: meeting.id, reason: 'Apologies were a mistake', by: '' });
    app.handlers.setAttendance({ meetingId: meeting.id, who: { memberId: director.id }, status: 'present' });

    const target = join(tempFolder(), 'minutes.docx');
    expect(await app.dispatch('exportMinutes', { meetingId: meeting.id, mode: 'full', target: app.grant(target, 'minutes') })).toMatchObject({ ok: true });
    const docx = readDocx(readFileSync(target));
    const attendance = docx.paragraphs.filter((paragraph) => paragraph.style === 'Attendance').map((paragraph) => paragraph.text);
    expect(attendance).toContain('Assistant Director for Housing (LB Bromley)');
    expect(attendance).toContain('Jo Deputy (substitute for the Assistant Director for Housing (LB Bromley))');
    const actionRow = docx.rows.find((row) => row.some((cell) => cellText(cell).includes('Report on temporary accommodation')));
    expect(actionRow && cellText(actionRow.at(-1))).toBe('ADH');

    const log = app.handlers.listActionLog({ committeeId: committee.id });
    expect(log.owners.map((owner) => owner.name)).toEqual(['Assistant Director for Housing (LB Bromley)']);
    expect(log.entries[0]).toMatchObject({ ownerLabel: 'ADH' });

    const comparison = app.handlers.compareMinutes({ meetingId: meeting.id, from: { sent: true }, to: { current: true } });
    expect(comparison.attendance).toContainEqual({ person: 'Assistant Director for Housing (LB Bromley)', change: 'changed', from: 'Apologies', to: 'Present' });

    // The meeting travels to an empty data folder and back with the member still nameless.
    const file = join(tempFolder(), 'meeting.proceedings');
    app.handlers.exportMeetingFile({ meetingId: meeting.id, target: app.grant(file, 'meeting-file-save') });
    const elsewhere = openTestApp();
    const imported = elsewhere.handlers.importMeetingFile({ source: elsewhere.grant(file, 'meeting-file-open') });
    const there = elsewhere.handlers.getMeeting({ meetingId: imported.meetingId! });
    expect(there.members.find((each) => each.id === director.id)).toMatchObject({ name: '', role: 'Assistant Director for Housing', initials: 'ADH' });
  });
});
