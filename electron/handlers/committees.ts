import type { HandlerTable } from '../../shared/api.ts';
import { defaultAgendaTemplate, defaultMinuteNumbering, type Committee, type Member } from '../../shared/domain.ts';
import { hasNameOrPost, nameOrPostRequired } from '../../shared/compose/people.ts';
import { automaticInitials } from '../../shared/initials.ts';
import {
  findCommittee,
  insertCommittee,
  listCommitteeSummaries,
  saveMinuteNumbering,
  updateCommitteeRow,
} from '../store/committees.ts';
import { findMember, insertMember, listMembers, nextMemberPosition, updateMemberRow } from '../store/members.ts';
import { conflict, found, invalid, localDate, patch, timestamp, write, type HandlerContext } from './context.ts';
import { seedPhrases } from './phrases.ts';

type CommitteeHandlers = Pick<
  HandlerTable,
  'listCommittees' | 'getCommittee' | 'createCommittee' | 'updateCommittee' | 'addMember' | 'updateMember' | 'reorderMembers'
>;

export function committeeHandlers(context: HandlerContext): CommitteeHandlers {
  const { db } = context;
  return {
    listCommittees: () => listCommitteeSummaries(db, localDate(context)),

    getCommittee: ({ committeeId }) => ({
      committee: found(findCommittee(db, committeeId), 'That committee'),
      members: listMembers(db, committeeId),
    }),

    createCommittee: (input) =>
      write(context, () => {
        const now = timestamp(context);
        const committee: Committee = {
          id: context.newId(),
          name: input.name.trim(),
          defaultVenue: input.defaultVenue.trim(),
          defaultStartTime: input.defaultStartTime,
          agendaTemplate: [...defaultAgendaTemplate],
          minuteNumbering: { ...defaultMinuteNumbering },
          createdAt: now,
          updatedAt: now,
        };
        insertCommittee(db, committee);
        seedPhrases(context, committee.id);
        return committee;
      }),

    updateCommittee: ({ committeeId, ...changes }) =>
      write(context, () => {
        const committee = patch(found(findCommittee(db, committeeId), 'That committee'), {
          ...changes,
          name: changes.name?.trim(),
          updatedAt: timestamp(context),
        });
        updateCommitteeRow(db, committee);
        if (changes.minuteNumbering) saveMinuteNumbering(db, committeeId, committee.minuteNumbering, committee.updatedAt);
        return committee;
      }),

    addMember: ({ committeeId, memberId, ...fields }) =>
      write(context, () => {
        found(findCommittee(db, committeeId), 'That committee');
        // Members are archived, never deleted: an id already in use is the same add again, or a mistake.
        const again = memberId ? findMember(db, memberId) : undefined;
        if (again) return again.committeeId === committeeId ? again : conflict('That id is already in use.');
        const member: Member = {
          id: memberId ?? context.newId(),
          committeeId,
          ...fields,
          name: fields.name.trim(),
          initials: fields.initials.trim() || automaticInitials(fields, listMembers(db, committeeId)),
          position: nextMemberPosition(db, committeeId),
          isArchived: false,
        };
        insertMember(db, member);
        return member;
      }),

    updateMember: ({ memberId, ...changes }) =>
      write(context, () => {
        const member = patch(found(findMember(db, memberId), 'That member'), {
          ...changes,
          name: changes.name?.trim(),
        });
        if (!hasNameOrPost(member)) invalid(nameOrPostRequired);
        updateMemberRow(db, member);
        return member;
      }),

    reorderMembers: ({ committeeId, memberIds }) =>
      write(context, () => {
        const members = listMembers(db, committeeId);
        const known = new Set(members.map((member) => member.id));
        if (memberIds.length !== known.size || !memberIds.every((id) => known.delete(id))) {
          conflict('The roster changed while it was being reordered; please try again.');
        }
        const byId = new Map(members.map((member) => [member.id, member]));
        return memberIds.map((id, position) => {
          const member = { ...byId.get(id)!, position };
          updateMemberRow(db, member);
          return member;
        });
      }),
  };
}
