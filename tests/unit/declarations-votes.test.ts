// Under test: declarations of interest and votes — the handlers (electron/handlers/declarations.ts,
// setVote in resolutions.ts), their wording in compose (shared/compose/sentences.ts) and in the
// Word export read back as Word would read it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeMinutes } from '../../shared/compose/index.ts';
import type { MinutesBlock, MinutesItem } from '../../shared/compose/model.ts';
import { voteSentence } from '../../shared/compose/sentences.ts';
import { richTextFromParagraphs } from '../../shared/rich-text.ts';
import { cellText, readDocx } from './docx-reader.ts';
import { openTestApp, seedMeeting, tempFolder, type TestApp } from './harness.ts';

const blockText = (block: MinutesBlock): string =>
  block.kind === 'list' ? '' : block.runs.map((run) => ('text' in run ? run.text : '\n')).join('');
const itemText = (item: MinutesItem | undefined) => (item?.sections ?? []).flatMap((section) => section.blocks.map(blockText));

/** The harness meeting with everyone present and a business item 6 "Youth Justice Plan". */
function seed(app: TestApp) {
  const seeded = seedMeeting(app);
  const { meeting, roster } = seeded;
  for (const member of roster) app.handlers.setAttendance({ meetingId: meeting.id, who: { memberId: member.id }, status: 'present' });
  const agenda = app.handlers.getMeeting({ meetingId: meeting.id }).agenda;
  const item = app.handlers.addAgendaItem({ meetingId: meeting.id, title: 'Youth Justice Plan', afterItemId: agenda[4]!.id });
  const minutes = () => composeMinutes(app.handlers.getMeeting({ meetingId: meeting.id }), { mode: 'full' });
  const item6 = () => minutes().items.find((candidate) => candidate.number === '6');
  const declarationsItem = () => minutes().items.find((candidate) => candidate.number === '3');
  return { ...seeded, item, minutes, item6, declarationsItem };
}

describe('declarations of interest', () => {
  it('says there were none only while none are recorded, and words each one in the declarations item', () => {
    const app = openTestApp();
    const { meeting, roster, item, item6, declarationsItem } = seed(app);
    expect(itemText(declarationsItem())).toEqual(['There were no declarations of interest.']);

    app.handlers.addDeclaration({ meetingId: meeting.id, who: { memberId: roster[0]!.id }, itemId: item.id, nature: 'pecuniary', description: 'Owns a property on the estate.', leftRoom: true });
    const guest = app.handlers.addAttendee({ meetingId: meeting.id, name: 'Dawn Helps', role: '', organisation: 'Clarion Housing Group', status: 'also_present', substituteForMemberId: null });
    app.handlers.addDeclaration({ meetingId: meeting.id, who: { attendeeId: guest.attendeeId! }, itemId: null, nature: 'other', description: 'trustee of the Bromley Youth Trust', leftRoom: false });

    expect(itemText(declarationsItem())).toEqual([
      'Councillor Kate Lymer declared a disclosable pecuniary interest in item 6 (Owns a property on the estate) and left the room for that item.',
      'Dawn Helps declared an other registrable interest (trustee of the Bromley Youth Trust).',
    ]);
    // Leaving the room is minuted in the item itself, at its start, and the return at its end.
    expect(itemText(item6())).toEqual(['Councillor Kate Lymer left the room for item 6.', 'Councillor Kate Lymer returned to the room.']);
    expect(item6()!.sections[0]!.blocks[0]).toMatchObject({ sentence: { key: expect.stringMatching(/^left-room:/) } });
  });

  it('follows the house style’s way of naming people, edits and deletes, and leaves out the return of someone who left the meeting', () => {
    const app = openTestApp();
    const { committee, meeting, roster, item, item6, declarationsItem } = seed(app);
    const declaration = app.handlers.addDeclaration({ meetingId: meeting.id, who: { memberId: roster[1]!.id }, itemId: item.id, nature: 'other', description: '', leftRoom: false });
    app.handlers.updateHouseStyle({ committeeId: committee.id, referTo: 'role' });
    app.handlers.updateMember({ memberId: roster[1]!.id, chairRole: 'vice-chairman' });
    expect(itemText(declarationsItem())).toEqual(['The Vice-Chairman declared an other registrable interest in item 6.']);

    app.handlers.updateDeclaration({ declarationId: declaration.id, leftRoom: true, nature: 'pecuniary' });
    app.handlers.setAttendance({ meetingId: meeting.id, who: { memberId: roster[1]!.id }, leftAt: '11:15', leftDuringItemId: item.id });
    expect(itemText(item6())).toEqual(['The Vice-Chairman left the room for item 6.', 'The Vice-Chairman left the meeting at 11.15 am during item 6.']);

    app.handlers.deleteDeclaration({ declarationId: declaration.id });
    expect(itemText(declarationsItem())).toEqual(['There were no declarations of interest.']);
    expect(app.handlers.getMeeting({ meetingId: meeting.id }).declarations).toEqual([]);
  });

  it('leaves a declaration out with the item it concerns when that item is deleted, and back after undo', () => {
    const app = openTestApp();
    const { meeting, roster, item, declarationsItem } = seed(app);
    app.handlers.addDeclaration({ meetingId: meeting.id, who: { memberId: roster[2]!.id }, itemId: item.id, nature: 'pecuniary', description: '', leftRoom: false });
    app.handlers.deleteAgendaItem({ itemId: item.id });
    expect(itemText(declarationsItem())).toEqual(['There were no declarations of interest.']);
    expect(app.handlers.search({ query: 'pecuniary ', limit: 5 })).toEqual([]);
    app.handlers.restoreAgendaItem({ itemId: item.id });
    expect(itemText(declarationsItem())).toEqual(['Rachel Pankhurst declared a disclosable pecuniary interest in item 6.']);
    expect(app.handlers.search({ query: 'pecuniary ', limit: 5 })).toMatchObject([{ item: { number: '3' }, matchedIn: 'declaration' }]);
  });

  it('refuses a person or item from elsewhere, and leaving the room with no item, writing nothing', () => {
    const app = openTestApp();
    const { meeting, roster, item } = seed(app);
    const other = app.handlers.createCommittee({ name: 'Licensing', defaultVenue: '', defaultStartTime: '10:00' });
    const stranger = app.handlers.addMember({ committeeId: other.id, name: 'Someone Else', role: '', organisation: '', initials: '', chairRole: null });
    const otherMeeting = app.handlers.createMeeting({ committeeId: other.id, date: '2021-03-26', startTime: '10:00', venue: '', isVirtual: false, title: '' });
    const otherItem = app.handlers.getMeeting({ meetingId: otherMeeting.id }).agenda[0]!;
    const count = () => app.db.prepare('SELECT count(*) FROM declarations').pluck().get();
    const base = { meetingId: meeting.id, nature: 'pecuniary' };
    expect(app.dispatch('addDeclaration', { ...base, who: { memberId: stranger.id }, itemId: item.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'That person is not on this committee’s roster.' },
    });
    expect(app.dispatch('addDeclaration', { ...base, who: { memberId: roster[0]!.id }, itemId: otherItem.id })).toMatchObject({
      ok: false,
      error: { message: 'That agenda item is not part of this meeting.' },
    });
    expect(app.dispatch('addDeclaration', { ...base, who: { memberId: roster[0]!.id }, itemId: null, leftRoom: true })).toMatchObject({
      ok: false,
      error: { message: 'Choose the item they left the room for.' },
    });
    expect(app.dispatch('addDeclaration', { ...base, nature: 'financial', who: { memberId: roster[0]!.id }, itemId: null })).toMatchObject({ ok: false });
    expect(app.dispatch('addDeclaration', { ...base, who: { name: 'Free text' }, itemId: null })).toMatchObject({ ok: false });
    expect(count()).toBe(0);
  });
});

describe('votes', () => {
  it('words counts, outcomes and recorded votes the usual way', () => {
    const vote = (counts: [number, number, number], outcome: 'carried' | 'lost' | 'unanimous') =>
      voteSentence({ outcome, counts: { for: counts[0], against: counts[1], abstentions: counts[2] }, recorded: null });
    expect(vote([7, 2, 1], 'carried')).toBe('The motion was carried by 7 votes to 2, with 1 abstention.');
    expect(vote([2, 7, 3], 'lost')).toBe('The motion was lost by 7 votes to 2, with 3 abstentions.');
    expect(vote([1, 0, 0], 'carried')).toBe('The motion was carried by 1 vote to 0.');
    expect(vote([5, 0, 0], 'unanimous')).toBe('The motion was carried unanimously.');
    expect(voteSentence({ outcome: 'lost', counts: null, recorded: null })).toBe('The motion was lost.');
    expect(voteSentence({ outcome: 'carried', counts: { for: 2, against: 1, abstentions: 0 }, recorded: { for: ['Cllr A', 'Cllr B'], against: ['Cllr C'], abstained: [] } })).toBe(
      'On being put to a recorded vote, the resolution was carried: For: Cllr A and Cllr B; Against: Cllr C; Abstained: none.',
    );
  });

  it('records a vote on a resolution, working out what was not given, and words it before the resolution', () => {
    const app = openTestApp();
    const { item, item6 } = seed(app);
    const resolution = app.handlers.addResolution({ itemId: item.id, form: 'resolved', text: 'that the plan be approved.', parts: [] });
    expect(app.handlers.setVote({ resolutionId: resolution.id, vote: { counts: { for: 7, against: 2, abstentions: 1 } } }).vote).toEqual({
      outcome: 'carried',
      counts: { for: 7, against: 2, abstentions: 1 },
      recorded: null,
    });
    expect(itemText(item6())).toEqual(['The motion was carried by 7 votes to 2, with 1 abstention.', 'RESOLVED that the plan be approved.']);

    const recorded = app.handlers.setVote({
      resolutionId: resolution.id,
      vote: { recorded: { for: ['Councillor Kate Lymer', 'Joanne Stowell '], against: ['Rachel Pankhurst'], abstained: ['Inspector Stuart Baker'] } },
    });
    expect(recorded.vote).toEqual({
      outcome: 'carried',
      counts: { for: 2, against: 1, abstentions: 1 },
      recorded: { for: ['Councillor Kate Lymer', 'Joanne Stowell'], against: ['Rachel Pankhurst'], abstained: ['Inspector Stuart Baker'] },
    });
    expect(itemText(item6())[0]).toBe(
      'On being put to a recorded vote, the resolution was carried: For: Councillor Kate Lymer and Joanne Stowell; Against: Rachel Pankhurst; Abstained: Inspector Stuart Baker.',
    );
    // A tie carried on the chairman's casting vote is the secretary's to say.
    expect(app.handlers.setVote({ resolutionId: resolution.id, vote: { outcome: 'carried', counts: { for: 3, against: 3, abstentions: 0 } } }).vote?.outcome).toBe('carried');
    expect(app.handlers.setVote({ resolutionId: resolution.id, vote: { counts: { for: 3, against: 3, abstentions: 0 } } }).vote?.outcome).toBe('lost');
    expect(app.handlers.setVote({ resolutionId: resolution.id, vote: null }).vote).toBeNull();
    expect(itemText(item6())).toEqual(['RESOLVED that the plan be approved.']);
  });

  it('refuses a vote that contradicts itself, leaving the one recorded as it was', () => {
    const app = openTestApp();
    const { meeting, item } = seed(app);
    const resolution = app.handlers.addResolution({ itemId: item.id, form: 'resolved', text: 'that the plan be approved.', parts: [] });
    app.handlers.setVote({ resolutionId: resolution.id, vote: { outcome: 'unanimous' } });
    const refusals: [unknown, string][] = [
      [{ outcome: 'carried', counts: { for: 2, against: 5, abstentions: 0 } }, 'A motion with more votes against than for was lost, not carried.'],
      [{ outcome: 'lost', counts: { for: 5, against: 2, abstentions: 0 } }, 'A motion with more votes for than against was carried, not lost.'],
      [{ outcome: 'unanimous', counts: { for: 5, against: 1, abstentions: 0 } }, 'A unanimous vote has votes for and none against.'],
      [{ counts: { for: 1, against: 0, abstentions: 0 }, recorded: { for: ['A', 'B'], against: [], abstained: [] } }, 'The numbers of votes do not match the names recorded.'],
      [{}, 'Say whether the motion was carried or lost, or give the votes.'],
      [{ counts: { for: -1, against: 0, abstentions: 0 } }, 'Votes for cannot be negative.'],
      [{ counts: { for: 1.5, against: 0, abstentions: 0 } }, 'Votes for is a whole number.'],
      [{ recorded: { for: [' '], against: [], abstained: [] } }, 'Name is required.'],
    ];
    for (const [vote, message] of refusals) {
      expect(app.dispatch('setVote', { resolutionId: resolution.id, vote })).toMatchObject({ ok: false, error: { code: 'invalid-input', message } });
    }
    const stored = app.handlers.getMeeting({ meetingId: meeting.id });
    expect(stored.byItem[item.id]!.resolutions[0]!.vote).toEqual({ outcome: 'unanimous', counts: null, recorded: null });
  });
});

describe('declarations and votes in Word', () => {
  it('writes the declaration, the room sentences and the vote into the exported document', async () => {
    const app = openTestApp();
    const { meeting, roster, item } = seed(app);
    app.handlers.updateAgendaItem({ itemId: item.id, notes: richTextFromParagraphs(['The plan was presented.']) });
    app.handlers.addDeclaration({ meetingId: meeting.id, who: { memberId: roster[3]!.id }, itemId: item.id, nature: 'other', description: 'school governor', leftRoom: true });
    const resolution = app.handlers.addResolution({ itemId: item.id, form: 'resolved', text: 'that the plan be approved.', parts: [] });
    app.handlers.setVote({ resolutionId: resolution.id, vote: { counts: { for: 3, against: 0, abstentions: 1 }, outcome: 'carried' } });

    const target = join(tempFolder(), 'minutes.docx');
    expect(await app.dispatch('exportMinutes', { meetingId: meeting.id, mode: 'full', target: app.grant(target, 'minutes') })).toMatchObject({ ok: true });
    const docx = readDocx(readFileSync(target));
    // The content column of the rows under an item's heading row, up to the next item's.
    const contentOf = (heading: string) => {
      const start = docx.rows.findIndex((row) => cellText(row[1]) === heading);
      const end = docx.rows.findIndex((row, index) => index > start && cellText(row[0]) !== '');
      return docx.rows.slice(start + 1, end).flatMap((row) => (row[1] ?? []).map((paragraph) => paragraph.text));
    };
    const texts = docx.paragraphs.map((paragraph) => paragraph.text);
    const after = (heading: string, count: number) => contentOf(heading).slice(0, count);
    expect(after('DECLARATIONS OF INTEREST', 1)).toEqual([
      'Inspector Stuart Baker declared an other registrable interest in item 6 (school governor) and left the room for that item.',
    ]);
    expect(texts).not.toContain('There were no declarations of interest.');
    expect(after('YOUTH JUSTICE PLAN', 5)).toEqual([
      'Inspector Stuart Baker left the room for item 6.',
      'The plan was presented.',
      'The motion was carried by 3 votes to 0, with 1 abstention.',
      'RESOLVED that the plan be approved.',
      'Inspector Stuart Baker returned to the room.',
    ]);
  });
});
