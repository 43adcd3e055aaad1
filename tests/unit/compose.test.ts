// Under test: shared/compose (meeting → MinutesDocument) and shared/wording, pure functions with
// no store: every generated sentence, numbering, Part 2 replacement, overrides and the layouts.
import { describe, expect, it } from 'vitest';
import { composeMinutes } from '../../shared/compose/index.ts';
import type { MinutesBlock, MinutesDocument, MinutesItem } from '../../shared/compose/model.ts';
import type { HouseStyle, MeetingDetail } from '../../shared/domain.ts';
import { detailFromMeetingFile, meetingFileSchema, type MeetingFileInput } from '../../shared/meeting-file.ts';
import { richTextFromParagraphs } from '../../shared/rich-text.ts';
import { formatDate, formatTime, joinList, toTitleCapitals } from '../../shared/wording.ts';
import { initialsOf } from '../../shared/initials.ts';

type Spec = Partial<Omit<MeetingFileInput, 'format' | 'version' | 'hash'>>;

/** A small committee: Chairman, Vice-Chairman, two members; agenda 1 Welcome … 6 Finance report. */
function meeting(spec: Spec = {}): MeetingDetail {
  return detailFromMeetingFile(
    meetingFileSchema.parse({
      format: 'proceedings-meeting',
      version: 2,
      // compose reads the parsed file; whether its hash matches is parseMeetingFile's business.
      hash: '0'.repeat(64),
      committee: { id: 'c', name: 'Safer Bromley Partnership Strategic Group' },
      members: [
        { id: 'kl', name: 'Councillor Kate Lymer', role: 'Portfolio Holder for Public Protection and Enforcement', chairRole: 'chairman' },
        { id: 'js', name: 'Joanne Stowell', role: 'LBB Assistant Director: Public Protection', chairRole: 'vice-chairman' },
        { id: 'rp', name: 'Rachel Pankhurst', role: 'LBB Early Intervention and Family Support', organisation: 'LBB' },
        { id: 'sb', name: 'Inspector Stuart Baker', organisation: 'Met Police' },
      ],
      meeting: { id: 'g', date: '2021-03-25', startTime: '10:00', isVirtual: true, endedAt: '11:00' },
      agenda: [
        { id: 'i1', title: 'Welcome', kind: 'welcome' },
        { id: 'i2', title: 'Apologies for absence', kind: 'apologies' },
        { id: 'i3', title: 'Declarations of interest', kind: 'declarations' },
        { id: 'i4', title: 'Minutes of the meeting held on 5th December 2019', kind: 'previous-minutes' },
        { id: 'i5', title: 'Matters arising', kind: 'matters-arising' },
        { id: 'i6', title: 'Finance report' },
      ],
      ...spec,
    }),
  );
}

const present = (...ids: string[]) => ids.map((memberId) => ({ id: `a-${memberId}`, memberId, status: 'present' as const }));

function compose(detail: MeetingDetail, mode: 'public' | 'full' = 'full', houseStyle?: Partial<HouseStyle>): MinutesDocument {
  return composeMinutes(detail, { mode, houseStyle: houseStyle && { ...detail.houseStyle, ...houseStyle } });
}

function blockText(block: MinutesBlock): string {
  if (block.kind === 'paragraph') return block.runs.map((run) => ('text' in run ? run.text : '\n')).join('');
  if (block.kind === 'resolution') {
    const lead = block.runs.map((run) => ('text' in run ? run.text : '\n')).join('');
    return [lead, ...block.parts.map((part) => `${part.label} ${part.runs.map((run) => ('text' in run ? run.text : '')).join('')}`)].join('\n');
  }
  return block.items.map((item) => item.map(blockText).join('\n')).join('\n');
}

const itemText = (item: MinutesItem | undefined) => (item?.sections ?? []).flatMap((section) => section.blocks.map(blockText));
const itemOf = (document: MinutesDocument, number: string) => document.items.find((item) => item.number === number);

describe('wording', () => {
  it('writes times as council minutes do, with noon and midnight spelt out', () => {
    expect(['10:00', '14:30', '09:05', '12:00', '12:30', '00:00', '00:15', '23:59'].map(formatTime)).toEqual([
      '10.00 am', '2.30 pm', '9.05 am', '12.00 noon', '12.30 pm', '12.00 midnight', '12.15 am', '11.59 pm',
    ]);
  });

  it('writes dates plain or with ordinals, without slipping a day', () => {
    expect(formatDate('2021-03-25')).toBe('25 March 2021');
    expect(formatDate('2021-03-25', 'ordinal')).toBe('25th March 2021');
    expect(formatDate('2021-06-01', 'ordinal')).toBe('1st June 2021');
    expect(formatDate('2021-01-02', 'ordinal')).toBe('2nd January 2021');
    expect(formatDate('2021-12-23', 'ordinal')).toBe('23rd December 2021');
  });

  it('joins lists with "and" and no serial comma; capitalises titles but not ordinals', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['A'])).toBe('A');
    expect(joinList(['A', 'B'])).toBe('A and B');
    expect(joinList(['A', 'B', 'C'])).toBe('A, B and C');
    expect(toTitleCapitals('Minutes of the meeting held on 5th December 2019')).toBe('MINUTES OF THE MEETING HELD ON 5th DECEMBER 2019');
    expect(initialsOf('Councillor Kate Lymer')).toBe('KL');
  });
});

describe('heading and attendance lists', () => {
  it('names the committee in capitals and words the meeting virtual, at a venue, or neither', () => {
    expect(compose(meeting())).toMatchObject({
      title: 'SAFER BROMLEY PARTNERSHIP STRATEGIC GROUP',
      subtitle: 'Minutes of the virtual meeting held at 10.00 am on 25 March 2021',
    });
    const atVenue = meeting({ meeting: { id: 'g', date: '2021-03-25', startTime: '14:30', venue: 'Bromley Civic Centre' } });
    expect(compose(atVenue).subtitle).toBe('Minutes of the meeting held at Bromley Civic Centre at 2.30 pm on 25 March 2021');
    expect(compose(atVenue, 'full', { dateStyle: 'ordinal' }).subtitle).toBe(
      'Minutes of the meeting held at Bromley Civic Centre at 2.30 pm on 25th March 2021',
    );
  });

  it('lists the chairmen first, then members with role and organisation unless the role names it', () => {
    const detail = meeting({
      attendance: [
        ...present('sb', 'rp', 'js', 'kl'),
        { id: 'g1', name: 'Anthony Baldock', role: 'Public Protection Division', status: 'also_present' },
        { id: 'g2', name: 'Graham Walton', role: 'Democratic Services Manager', organisation: 'LBB', status: 'in_attendance' },
      ],
    });
    expect(compose(detail).attendance).toEqual([
      {
        heading: 'Present:',
        lineGroups: [
          [
            'Councillor Kate Lymer (Portfolio Holder for Public Protection and Enforcement) (Chairman)',
            'Joanne Stowell (LBB Assistant Director: Public Protection) (Vice-Chairman)',
          ],
          ['Rachel Pankhurst (LBB Early Intervention and Family Support)', 'Inspector Stuart Baker (Met Police)'],
        ],
      },
      { heading: 'Also Present:', lineGroups: [['Anthony Baldock (Public Protection Division)']] },
      { heading: 'In attendance:', lineGroups: [['Graham Walton (Democratic Services Manager, LBB)']] },
    ]);
  });

  it('calls two chairmen joint chairmen', () => {
    const detail = meeting({ attendance: present('kl', 'js', 'rp') });
    detail.members[2]!.chairRole = 'chairman';
    detail.attendance[2]!.chairRole = 'chairman';
    expect(compose(detail).attendance[0]!.lineGroups[0]).toEqual([
      'Councillor Kate Lymer (Portfolio Holder for Public Protection and Enforcement) (Joint Chairman)',
      'Rachel Pankhurst (LBB Early Intervention and Family Support) (Joint Chairman)',
      'Joanne Stowell (LBB Assistant Director: Public Protection) (Vice-Chairman)',
    ]);
  });
});

describe('generated sentences', () => {
  it('lists apologies in roster order as "A, B and C" in the apologies item', () => {
    const detail = meeting({
      attendance: [
        { id: 'a1', memberId: 'sb', status: 'apologies' },
        { id: 'a2', memberId: 'js', status: 'apologies' },
        { id: 'a3', memberId: 'rp', status: 'apologies' },
        ...present('kl'),
      ],
    });
    expect(itemText(itemOf(compose(detail), '2'))).toEqual([
      'Apologies for absence were received from Joanne Stowell (LBB Assistant Director: Public Protection), Rachel Pankhurst (LBB Early Intervention and Family Support) and Inspector Stuart Baker (Met Police).',
    ]);
  });

  it('says no apologies were received once attendance is taken, and nothing before', () => {
    expect(itemText(itemOf(compose(meeting({ attendance: present('kl', 'js', 'rp', 'sb') })), '2'))).toEqual([
      'No apologies for absence were received.',
    ]);
    expect(itemText(itemOf(compose(meeting()), '2'))).toEqual([]);
  });

  it('records a substitute, by name or by role', () => {
    const detail = meeting({
      attendance: [
        ...present('kl'),
        { id: 'a-rp', memberId: 'rp', status: 'apologies' },
        { id: 'sub', name: "Jamie O'Malley", role: 'LBB Early Intervention', status: 'substitute', substituteForMemberId: 'rp' },
      ],
    });
    const minutes = compose(detail);
    expect(itemText(itemOf(minutes, '2'))).toEqual([
      'Apologies for absence were received from Rachel Pankhurst (LBB Early Intervention and Family Support).',
      "Jamie O'Malley attended as substitute for Rachel Pankhurst.",
    ]);
    // The Present list says whom a substitute stood in for, as the published minutes do.
    expect(minutes.attendance[0]!.lineGroups[1]).toContain("Jamie O'Malley (LBB Early Intervention) (substitute for Rachel Pankhurst)");
    expect(itemText(itemOf(compose(detail, 'full', { referTo: 'role' }), '2'))[1]).toBe(
      'The LBB Early Intervention attended as substitute for the LBB Early Intervention and Family Support.',
    );
  });

  it('puts an arrival at the top of the item it happened during, with the time', () => {
    const detail = meeting({
      agenda: [
        { id: 'i1', title: 'Welcome', kind: 'welcome' },
        { id: 'i2', title: 'Apologies', kind: 'apologies' },
        { id: 'i3', title: 'Finance', notes: richTextFromParagraphs(['The report was presented.']) },
      ],
      attendance: [...present('js'), { id: 'a-kl', memberId: 'kl', status: 'present', arrivedAt: '10:20', arrivedDuringItemId: 'i3' }],
    });
    const minutes = compose(detail);
    expect(itemText(itemOf(minutes, '3'))).toEqual(['Councillor Kate Lymer arrived at 10.20 am.', 'The report was presented.']);
    expect(itemText(itemOf(compose(detail, 'full', { referTo: 'role' }), '3'))[0]).toBe('The Chairman arrived at 10.20 am.');
  });

  it('words an arrival with no time by its item, and one with no item in the apologies item', () => {
    const detail = meeting({
      attendance: [
        { id: 'a-kl', memberId: 'kl', status: 'present', arrivedDuringItemId: 'i6' },
        { id: 'a-sb', memberId: 'sb', status: 'present', arrivedAt: '10:05' },
      ],
    });
    const minutes = compose(detail);
    expect(itemText(itemOf(minutes, '6'))).toEqual(['Councillor Kate Lymer arrived during item 6.']);
    expect(itemText(itemOf(minutes, '2'))).toContain('Inspector Stuart Baker arrived at 10.05 am.');
  });

  it('puts a departure at the end of the item it happened during, naming the item', () => {
    const detail = meeting({
      agenda: [
        { id: 'i1', title: 'Welcome', kind: 'welcome' },
        { id: 'i2', title: 'Apologies', kind: 'apologies' },
        { id: 'i3', title: 'Strategy' },
        { id: 'i3a', title: 'Safer Neighbourhoods', parentId: 'i3', notes: richTextFromParagraphs(['Noted.']) },
      ],
      attendance: [
        { id: 'a-sb', memberId: 'sb', status: 'present', leftAt: '10:45', leftDuringItemId: 'i3a' },
        { id: 'a-js', memberId: 'js', status: 'present', leftAt: '10:50' },
        { id: 'a-rp', memberId: 'rp', status: 'present', leftDuringItemId: 'i3' },
      ],
    });
    const minutes = compose(detail);
    expect(itemText(itemOf(minutes, '3a'))).toEqual(['Noted.', 'Inspector Stuart Baker left the meeting at 10.45 am during item 3a.']);
    expect(itemText(itemOf(minutes, '3'))).toEqual(['Rachel Pankhurst left the meeting during item 3.']);
    expect(itemText(itemOf(minutes, '2'))).toContain('Joanne Stowell left the meeting at 10.50 am.');
  });

  it('says there were no declarations while the declarations item is empty, and not once it has notes', () => {
    expect(itemText(itemOf(compose(meeting()), '3'))).toEqual(['There were no declarations of interest.']);
    const declared = meeting();
    declared.agenda[2]!.notes = richTextFromParagraphs(['Councillor Lymer declared an interest in item 6.']);
    expect(itemText(itemOf(compose(declared), '3'))).toEqual(['Councillor Lymer declared an interest in item 6.']);
  });

  it('lets the secretary replace any generated sentence, or leave it out', () => {
    const detail = meeting({ attendance: [{ id: 'a1', memberId: 'sb', status: 'apologies' }, ...present('kl')] });
    detail.byItem['i2']!.sentenceOverrides = [{ key: 'apologies', text: 'Apologies were received from Inspector Baker.' }];
    detail.byItem['i3']!.sentenceOverrides = [{ key: 'declarations', text: '' }];
    const minutes = compose(detail);
    const apologies = itemOf(minutes, '2')!.sections[0]!.blocks[0]!;
    expect(apologies).toEqual({
      kind: 'paragraph',
      role: 'generated',
      runs: [{ text: 'Apologies were received from Inspector Baker.' }],
      sentence: { key: 'apologies', isOverridden: true },
    });
    expect(itemOf(minutes, '3')!.sections).toEqual([]);
  });
});

describe('items', () => {
  const withSubItems = () =>
    meeting({
      agenda: [
        { id: 'i1', title: 'Welcome' },
        { id: 'i7', title: 'Quarter 4: annual update from all partners' },
        { id: 'i7a', title: 'Priority One — Safer Neighbourhoods', parentId: 'i7' },
        { id: 'i7b', title: 'Priority Two — VAWG', parentId: 'i7' },
        { id: 'i8', title: 'Key issues/themes' },
      ],
    });

  it('numbers main items and lettered sub-items, main titles in capitals', () => {
    const minutes = compose(withSubItems());
    expect(minutes.items.map(({ number, depth, marginNumber, heading }) => ({ number, depth, marginNumber, heading }))).toEqual([
      { number: '1', depth: 0, marginNumber: '1', heading: 'WELCOME' },
      { number: '2', depth: 0, marginNumber: '2', heading: 'QUARTER 4: ANNUAL UPDATE FROM ALL PARTNERS' },
      { number: '2a', depth: 1, marginNumber: '', heading: '2a Priority One — Safer Neighbourhoods' },
      { number: '2b', depth: 1, marginNumber: '', heading: '2b Priority Two — VAWG' },
      { number: '3', depth: 0, marginNumber: '3', heading: 'KEY ISSUES/THEMES' },
    ]);
    expect(minutes.actionHeading).toBe('Action');
    const single = compose(withSubItems(), 'full', { layout: 'single-column' });
    expect(single.items.map((item) => [item.marginNumber, item.heading])[0]).toEqual(['', '1 WELCOME']);
    expect(single.actionHeading).toBeNull();
  });

  it('words resolutions with a bold lead word and numbered parts, and a post-meeting note in italics', () => {
    const detail = meeting();
    detail.agenda[5]!.postMeetingNote = 'The JAG has since evolved into the CRAG.';
    detail.byItem['i6']!.resolutions = [
      { id: 'r1', itemId: 'i6', form: 'resolved', text: 'that the update be noted.', parts: [], vote: null, position: 0, updatedAt: '' },
      { id: 'r2', itemId: 'i6', form: 'resolved', text: 'that', parts: ['The Partnership endorses the strategy.', 'Partners sign up.'], vote: null, position: 1, updatedAt: '' },
      { id: 'r3', itemId: 'i6', form: 'recommended', text: 'to the Executive that the fees be agreed.', parts: [], vote: null, position: 2, updatedAt: '' },
    ];
    const blocks = itemOf(compose(detail), '6')!.sections.flatMap((section) => section.blocks);
    expect(blocks[0]).toMatchObject({ kind: 'resolution', runs: [{ text: 'RESOLVED', bold: true }, { text: ' that the update be noted.' }], parts: [] });
    expect(blocks[1]).toMatchObject({
      parts: [
        { label: '1)', runs: [{ text: 'The Partnership endorses the strategy.' }] },
        { label: '2)', runs: [{ text: 'Partners sign up.' }] },
      ],
    });
    expect(blockText(blocks[2]!)).toBe('RECOMMENDED to the Executive that the fees be agreed.');
    expect(blocks[3]).toEqual({
      kind: 'paragraph',
      role: 'post-meeting-note',
      runs: [{ text: '(Post Meeting Note: The JAG has since evolved into the CRAG).', italic: true }],
    });
  });

  it('keeps notes formatting and lists, dropping the editor’s blank paragraphs', () => {
    const detail = meeting();
    detail.agenda[5]!.notes = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Bold', marks: [{ type: 'bold' }] }, { type: 'hardBreak' }, { type: 'text', text: 'next' }] },
        { type: 'paragraph' },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ASB;' }] }] }] },
      ],
    };
    expect(itemOf(compose(detail), '6')!.sections[0]!.blocks).toEqual([
      { kind: 'paragraph', role: 'notes', runs: [{ text: 'Bold', bold: true }, { lineBreak: true }, { text: 'next' }] },
      { kind: 'list', ordered: true, start: 3, items: [[{ kind: 'paragraph', role: 'notes', runs: [{ text: 'ASB;' }] }]] },
    ]);
  });

  it('puts action owners beside the resolution they belong to, or as "Action:" lines in one column', () => {
    const detail = meeting({ attendance: [{ id: 'guest', name: 'Anthony Baldock', status: 'also_present' }] });
    detail.agenda[5]!.notes = richTextFromParagraphs(['The report was discussed.']);
    detail.byItem['i6']!.resolutions = [{ id: 'r1', itemId: 'i6', form: 'resolved', text: 'that partners sign up.', parts: [], vote: null, position: 0, updatedAt: '' }];
    const action = { itemId: 'i6', description: '', resolutionPart: null, status: 'open' as const, position: 0, updatedAt: '' };
    detail.byItem['i6']!.actions = [
      { ...action, id: 'x1', resolutionId: 'r1', owner: { group: 'Partners' }, dueDate: '2021-04-30' },
      { ...action, id: 'x2', resolutionId: 'r1', owner: { memberId: 'js' }, dueDate: null },
      { ...action, id: 'x3', resolutionId: null, owner: { attendeeId: 'guest' }, dueDate: null },
    ];
    expect(itemOf(compose(detail), '6')!.sections.map((section) => [section.blocks.map(blockText), section.actionColumn])).toEqual([
      [['The report was discussed.'], ['AB']],
      [['RESOLVED that partners sign up.'], ['Partners', 'JS']],
    ]);
    const single = itemOf(compose(detail, 'full', { layout: 'single-column' }), '6')!;
    expect(single.sections.flatMap((section) => section.blocks.map(blockText))).toEqual([
      'The report was discussed.',
      'Action: AB',
      'RESOLVED that partners sign up.',
      'Action: Partners — by 30 April 2021',
      'Action: JS',
    ]);
    expect(single.sections.every((section) => section.actionColumn.length === 0)).toBe(true);
  });

  it('minutes an action in the words typed, its owner beside them, even when the item has notes', () => {
    const detail = meeting();
    detail.agenda[5]!.notes = richTextFromParagraphs(['The report was discussed.', 'Members asked about the figures.']);
    const action = { itemId: 'i6', resolutionPart: null, status: 'open' as const, position: 0, updatedAt: '', resolutionId: null };
    detail.byItem['i6']!.actions = [
      { ...action, id: 'x1', description: 'Circulate the crime figures to all partners.', owner: { memberId: 'sb' }, dueDate: null },
      { ...action, id: 'x2', description: 'Report back on the CCG response.', owner: { memberId: 'js' }, dueDate: '2021-06-17' },
    ];
    expect(itemOf(compose(detail), '6')!.sections.map((section) => [section.blocks.map(blockText), section.actionColumn])).toEqual([
      [['The report was discussed.', 'Members asked about the figures.'], []],
      [['Circulate the crime figures to all partners.'], ['SB']],
      [['Report back on the CCG response.'], ['JS']],
    ]);
    const single = itemOf(compose(detail, 'full', { layout: 'single-column' }), '6')!;
    expect(single.sections.flatMap((section) => section.blocks.map(blockText))).toEqual([
      'The report was discussed.',
      'Members asked about the figures.',
      'Circulate the crime figures to all partners.',
      'Action: SB',
      'Report back on the CCG response.',
      'Action: JS — by 17 June 2021',
    ]);
  });

  it('puts the owner beside the decision, not the vote sentence, and beside the part an action names', () => {
    const detail = meeting();
    detail.byItem['i6']!.resolutions = [
      {
        id: 'r1',
        itemId: 'i6',
        form: 'resolved',
        text: 'that',
        parts: ['The Partnership endorses the strategy.', 'Partners consider signing up.', 'The update be noted.'],
        vote: { outcome: 'carried', counts: null, recorded: null },
        position: 0,
        updatedAt: '',
      },
    ];
    const action = { itemId: 'i6', description: '', status: 'open' as const, position: 0, updatedAt: '', resolutionId: 'r1', dueDate: null };
    detail.byItem['i6']!.actions = [{ ...action, id: 'x1', resolutionPart: 1, owner: { group: 'Partners' } }];
    const rows = itemOf(compose(detail), '6')!.sections.map((section) => [section.blocks.map(blockText), section.actionColumn]);
    expect(rows).toHaveLength(3);
    expect(rows[0]![1]).toEqual([]);
    expect(rows[1]).toEqual([['RESOLVED that\n1) The Partnership endorses the strategy.\n2) Partners consider signing up.'], ['Partners']]);
    expect(rows[2]).toEqual([['\n3) The update be noted.'], []]);
    detail.byItem['i6']!.actions = [{ ...action, id: 'x1', resolutionPart: null, owner: { group: 'Partners' } }];
    const whole = itemOf(compose(detail), '6')!.sections;
    expect(whole.map((section) => section.actionColumn)).toEqual([[], ['Partners']]);
    expect(whole[1]!.blocks.map((block) => block.kind)).toEqual(['resolution']);
  });

  it('places a post-meeting note where the secretary put it in the notes', () => {
    const detail = meeting();
    detail.agenda[5]!.notes = richTextFromParagraphs([
      'Mr Pearson had been in attendance at JAG meetings.',
      'Post Meeting Note: The JAG has since evolved into the CRAG.',
      'The Chairman noted minute 47.',
    ]);
    const blocks = itemOf(compose(detail), '6')!.sections.flatMap((section) => section.blocks);
    expect(blocks.map(blockText)).toEqual([
      'Mr Pearson had been in attendance at JAG meetings.',
      '(Post Meeting Note: The JAG has since evolved into the CRAG).',
      'The Chairman noted minute 47.',
    ]);
    expect(blocks[1]).toMatchObject({ role: 'post-meeting-note', runs: [{ italic: true }] });
  });

  it('names the papers of an item', () => {
    const detail = meeting();
    detail.byItem['i6']!.papers = [
      { id: 'p1', itemId: 'i6', title: 'Budget monitoring report', fileName: null, position: 0 },
      { id: 'p2', itemId: 'i6', title: 'Appendix A', fileName: null, position: 1 },
    ];
    expect(itemText(itemOf(compose(detail), '6'))).toEqual(['Additional documents: Budget monitoring report and Appendix A']);
  });

  it('closes with the end time and the signature block; DRAFT while the minutes are a draft', () => {
    const minutes = compose(meeting());
    expect(minutes.closing).toEqual({ endedSentence: 'The meeting ended at 11.00 am', signatureLabel: 'Chairman', dateLabel: 'Date' });
    expect(minutes.headerMarks).toEqual(['DRAFT']);
  });
});

describe('Part 2 items', () => {
  const confidential = () => {
    const detail = meeting({
      agenda: [
        { id: 'i1', title: 'Welcome' },
        { id: 'i2', title: 'Contract award', notes: richTextFromParagraphs(['The tender from Acme Ltd was £1.2m.']), part2: { paragraph: 3, reason: '' } },
        { id: 'i2a', title: 'Acme Ltd references', parentId: 'i2', notes: richTextFromParagraphs(['References were good.']) },
        { id: 'i3', title: 'Staffing', notes: richTextFromParagraphs(['A named officer is leaving.']), part2: { paragraph: null, reason: 'information about an individual' } },
      ],
    });
    detail.byItem['i2']!.resolutions = [{ id: 'r', itemId: 'i2', form: 'resolved', text: 'that the contract be awarded to Acme Ltd.', parts: [], vote: null, position: 0, updatedAt: '' }];
    return detail;
  };

  it('public minutes keep number and title and give only the reason', () => {
    const minutes = compose(confidential(), 'public');
    expect(minutes.items.map((item) => [item.number, item.heading, itemText(item)])).toEqual([
      ['1', 'WELCOME', []],
      ['2', 'CONTRACT AWARD', ['This item was considered in private because it involved exempt information under paragraph 3 of Schedule 12A to the Local Government Act 1972.']],
      ['2a', '2a Acme Ltd references', ['This item was considered in private because it involved exempt information under paragraph 3 of Schedule 12A to the Local Government Act 1972.']],
      ['3', 'STAFFING', ['This item was considered in private because it involved information about an individual.']],
    ]);
    expect(JSON.stringify(minutes)).not.toMatch(/Acme Ltd was|awarded|References were good|leaving/);
    expect(minutes.headerMarks).toEqual(['DRAFT']);
  });

  it('full minutes keep the content, marked CONFIDENTIAL on the item and in the header', () => {
    const minutes = compose(confidential(), 'full');
    const item = itemOf(minutes, '2')!;
    expect(item.mark).toBe('CONFIDENTIAL');
    expect(itemText(item)).toEqual([
      'CONFIDENTIAL — Part 2, not for publication: exempt information under paragraph 3 of Schedule 12A to the Local Government Act 1972.',
      'The tender from Acme Ltd was £1.2m.',
      'RESOLVED that the contract be awarded to Acme Ltd.',
    ]);
    expect(itemOf(minutes, '1')!.mark).toBeNull();
    expect(minutes.headerMarks).toEqual(['DRAFT', 'CONFIDENTIAL']);
  });

  it('uses the committee’s own Part 2 wording, and the reason sentence can be overridden', () => {
    const detail = confidential();
    detail.byItem['i2']!.sentenceOverrides = [{ key: 'part2', text: 'This item was exempt.' }];
    const minutes = compose(detail, 'public', { part2Wording: 'confidential information (paragraph {paragraph})' });
    expect(itemText(itemOf(minutes, '2'))).toEqual(['This item was exempt.']);
    expect(itemText(itemOf(minutes, '2a'))).toEqual(['This item was considered in private because it involved confidential information (paragraph 3).']);
  });
});
