import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dataFileName, openBackend } from '../electron/backend.ts';
import { createContext } from '../electron/handlers/context.ts';
import { createHandlerTable } from '../electron/handlers/index.ts';
import type { RichText } from '../shared/rich-text.ts';

// Fills a data folder with a realistic committee and one meeting in progress, for trying the app
// and for the README's screenshot: `node scripts/seed-demo.ts [folder]` (default ./preview-data).

const folder = resolve(process.argv[2] ?? 'preview-data');
mkdirSync(folder, { recursive: true });
// Checked before anything else, whatever its size: this script writes straight through the handlers.
const backend = openBackend(join(folder, dataFileName), { checkOnWorkerFromBytes: Infinity });
const handlers = createHandlerTable(createContext(backend.db));

const committee = handlers.createCommittee({
  name: 'Safer Bromley Partnership Strategic Group',
  defaultVenue: 'Bromley Civic Centre',
  defaultStartTime: '10:00',
});
const roster = [
  ['Councillor Kate Lymer', 'Portfolio Holder for Public Protection and Enforcement', '', 'chairman'],
  ['Joanne Stowell', 'LBB Assistant Director: Public Protection', '', 'vice-chairman'],
  ['Janet Bailey', "LBB Director of Children's Services", '', null],
  ['Sharon Baldwin', 'Safer Neighbourhood Board Chairman', '', null],
  ['Rachel Dunley', 'LBB Head of Service for Early Intervention and Family Support', '', null],
  ['Betty McDonald', 'LBB Head of Youth Offending Service', '', null],
  ['Rachel Pankhurst', 'LBB Early Intervention and Family Support', '', null],
  ['Inspector Stuart Baker', '', 'Met Police', null],
  ['Kevin McKenzie', 'Borough Commander', 'London Fire Brigade', null],
  ['Amanda Mumford', 'LBB Community Safety Manager', '', null],
] as const;
const members = roster.map(([name, role, organisation, chairRole]) =>
  handlers.addMember({ committeeId: committee.id, name, role, organisation, initials: '', chairRole }),
);

const meeting = handlers.createMeeting({ committeeId: committee.id, date: '2021-03-25', startTime: '10:00', venue: '', isVirtual: true, title: '' });
handlers.updateMeeting({ meetingId: meeting.id, startedAt: '10:00' });
const statuses = ['present', 'present', 'present', 'present', 'present', 'present', 'apologies', 'present', 'present', 'apologies'] as const;
members.forEach((member, index) => handlers.setAttendance({ meetingId: meeting.id, who: { memberId: member.id }, status: statuses[index]! }));
handlers.addAttendee({ meetingId: meeting.id, name: "Jamie O'Malley", role: 'LBB Early Intervention and Family Support', organisation: '', status: 'substitute', substituteForMemberId: members[6]!.id });
handlers.addAttendee({ meetingId: meeting.id, name: 'Anthony Baldock', role: 'Public Protection Division', organisation: '', status: 'also_present', substituteForMemberId: null });

const agenda = handlers.getMeeting({ meetingId: meeting.id }).agenda;
const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] });
const notes = (...blocks: RichText['content']): RichText => ({ type: 'doc', content: blocks });
handlers.updateAgendaItem({
  itemId: agenda[0]!.id,
  title: 'Welcome, house-keeping and introductions',
  notes: notes(paragraph('The Chairman welcomed Kevin McKenzie, the new LFB Fire Commander for Bromley, and Jamie O\u2019Malley, who was acting as alternate for Rachel Pankhurst.')),
});
const strategy = handlers.addAgendaItem({ meetingId: meeting.id, title: 'Quarter 4: annual update from all partners against the strategy', afterItemId: agenda[4]!.id });
const sub1 = handlers.addAgendaItem({ meetingId: meeting.id, title: 'Priority One \u2014 Safer Neighbourhoods', afterItemId: strategy.id });
const sub2 = handlers.addAgendaItem({ meetingId: meeting.id, title: 'Priority Two \u2014 VAWG', afterItemId: sub1.id });
const order = handlers.getMeeting({ meetingId: meeting.id }).agenda.map(({ id }) => ({ id, parentId: id === sub1.id || id === sub2.id ? strategy.id : null }));
handlers.reorderAgenda({ meetingId: meeting.id, order });
handlers.updateAgendaItem({
  itemId: sub1.id,
  presenters: [{ memberId: members[7]!.id }],
  notes: notes(
    paragraph('The Chairman noted the update concerning the priority one aim of working to produce safer neighbourhoods. She explained that the primary partner for this priority was the police.'),
    paragraph('It was noted that there were four sub-priorities which were:'),
    {
      type: 'orderedList',
      content: ['Non-Domestic Violence with Injury;', 'Residential Burglary;', 'ASB;', 'Crimes Against the Elderly and Vulnerable (including financial abuse).'].map((text) => ({
        type: 'listItem' as const,
        content: [paragraph(text)],
      })),
    },
    paragraph('In addition to the police, there was significant involvement from the Council\u2019s Community Safety Team.'),
  ),
});
handlers.addResolution({ itemId: sub1.id, form: 'resolved', text: 'that the update concerning Safer Neighbourhoods be noted.', parts: [] });
const vawg = handlers.addResolution({
  itemId: sub2.id,
  form: 'resolved',
  text: 'that',
  parts: [
    'The Partnership endorses, supports and promotes the new intergenerational Domestic Violence and Abuse strategy for 2021-2024.',
    'Partner organisations consider whether they would be able to sign up to a partnership commitment to support the new strategy.',
  ],
});
handlers.addAction({
  itemId: sub2.id,
  resolutionId: vawg.id,
  description: 'Send an electronic signature to Rachel Dunley.',
  owner: { group: 'Partners' },
  dueDate: '2021-04-30',
});
backend.close();
console.log(`Seeded ${join(folder, dataFileName)}: meeting ${meeting.id}`);
