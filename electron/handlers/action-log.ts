import type { HandlerTable } from '../../shared/api.ts';
import { composeActionLog } from '../../shared/compose/action-log.ts';
import type { ActionLog, ActionLogEntry, ActionOwner, AgendaItem, Meeting } from '../../shared/domain.ts';
import { ApiError } from '../../shared/errors.ts';
import { writeFileAtomically } from '../export/write-file.ts';
import {
  findActionUpdate,
  insertActionUpdate,
  listActionHistories,
  nextReviewPosition,
  refreshActionStatus,
  updateActionUpdateRow,
} from '../store/action-updates.ts';
import {
  findActionWithContext,
  listCommitteeActions,
  listOutstandingActions,
  type ActionLogQuery,
  type ActionWithContext,
} from '../store/actions.ts';
import { listAgenda } from '../store/agenda.ts';
import { findCommittee } from '../store/committees.ts';
import type { Db } from '../store/database.ts';
import { findHouseStyle } from '../store/house-styles.ts';
import { findMeeting } from '../store/meetings.ts';
import { found, invalid, localDate, patch, timestamp, write, type HandlerContext } from './context.ts';
import { buildActionReviews, reviewsWithActions } from '../read-models/meeting-detail.ts';
import { createItemNumbers, describeAction, type ItemNumbers } from '../read-models/minute-numbers.ts';

type ActionLogHandlers = Pick<
  HandlerTable,
  'listActionLog' | 'markActionDone' | 'updateActionReview' | 'carryForwardActions' | 'exportActionLog'
>;

const ownerKey = (owner: ActionOwner) =>
  'memberId' in owner ? `member:${owner.memberId}` : 'attendeeId' in owner ? `attendee:${owner.attendeeId}` : `group:${owner.group.trim().toLocaleLowerCase('en-GB')}`;

function logEntries(db: Db, actions: ActionWithContext[], numbers: ItemNumbers): ActionLogEntry[] {
  const histories = listActionHistories(db, actions.map((action) => action.id));
  return actions.map((action) => {
    const { meetingId: _meetingId, meetingDate: _date, meetingStartTime: _time, ownerName: _name, ownerInitials: _initials, ...plain } = action;
    return { action: plain, ...describeAction(numbers, action), history: histories.get(action.id) ?? [] };
  });
}

function actionLog(db: Db, query: ActionLogQuery): ActionLog {
  const numbers = createItemNumbers(db);
  const all = listCommitteeActions(db, { committeeId: query.committeeId });
  const owners = new Map<string, { owner: ActionOwner; name: string }>();
  const meetings = new Map<string, { id: string; date: string }>();
  for (const action of all) {
    const { ownerName } = describeAction(numbers, action);
    if (!owners.has(ownerKey(action.owner))) owners.set(ownerKey(action.owner), { owner: action.owner, name: ownerName });
    meetings.set(action.meetingId, { id: action.meetingId, date: action.meetingDate });
  }
  const isFiltered = query.owner !== undefined || query.meetingId !== undefined || query.status !== undefined;
  return {
    entries: logEntries(db, isFiltered ? listCommitteeActions(db, query) : all, numbers),
    owners: [...owners.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    meetings: [...meetings.values()].reverse(),
  };
}

/**
 * Brings the committee's outstanding actions into a meeting for review, in the caller's
 * transaction: each gets an 'open' review in the Matters arising item (or, without one, the
 * previous minutes item), to be updated during the meeting. Actions already there are skipped.
 */
export function carryForward(context: HandlerContext, meeting: Meeting, agenda: AgendaItem[]): void {
  const { db } = context;
  const itemId =
    agenda.find((item) => item.kind === 'matters-arising')?.id ?? agenda.find((item) => item.kind === 'previous-minutes')?.id ?? null;
  let position = nextReviewPosition(db, meeting.id);
  const now = timestamp(context);
  for (const action of listOutstandingActions(db, meeting)) {
    insertActionUpdate(db, {
      id: context.newId(),
      actionId: action.id,
      meetingId: meeting.id,
      itemId,
      status: 'open',
      note: '',
      recordedOn: meeting.date,
      position: position++,
      updatedAt: now,
    });
  }
}

export function actionLogHandlers(context: HandlerContext): ActionLogHandlers {
  const { db } = context;

  const committeeOf = (committeeId: string) => found(findCommittee(db, committeeId), 'That committee');

  return {
    listActionLog: ({ committeeId, ...filters }) => {
      committeeOf(committeeId);
      return db.transaction(() => actionLog(db, { committeeId, ...filters })).deferred();
    },

    markActionDone: ({ actionId, note, doneOn }) =>
      write(context, () => {
        const action = found(findActionWithContext(db, actionId), 'That action');
        insertActionUpdate(db, {
          id: context.newId(),
          actionId,
          meetingId: null,
          itemId: null,
          status: 'done',
          note: note.trim(),
          recordedOn: doneOn ?? localDate(context),
          position: 0,
          updatedAt: timestamp(context),
        });
        refreshActionStatus(db, actionId, timestamp(context));
        return logEntries(db, [found(findActionWithContext(db, action.id), 'That action')], createItemNumbers(db))[0]!;
      }),

    updateActionReview: ({ reviewId, ...changes }) =>
      write(context, () => {
        const current = found(findActionUpdate(db, reviewId), 'That action review');
        if (!current.meetingId) invalid('That is a change from the action log, not a review at a meeting.');
        const next = patch(current, { ...changes, note: changes.note?.trim(), updatedAt: timestamp(context) });
        updateActionUpdateRow(db, next);
        refreshActionStatus(db, current.actionId, next.updatedAt);
        const [review] = reviewsWithActions(db, [next], createItemNumbers(db));
        if (!review) throw new ApiError('not-found', 'That action’s item has been deleted.');
        return review;
      }),

    carryForwardActions: ({ meetingId }) =>
      write(context, () => {
        const meeting = found(findMeeting(db, meetingId), 'That meeting');
        carryForward(context, meeting, listAgenda(db, meetingId));
        return buildActionReviews(db, meetingId, createItemNumbers(db));
      }),

    exportActionLog: async ({ committeeId, target, openAfterwards, ...filters }) => {
      const targetPath = context.grants.take(target, 'action-log');
      // Read and compose before the first await: the document is the log as it was when asked.
      const committee = committeeOf(committeeId);
      const log = db.transaction(() => actionLog(db, { committeeId, ...filters })).deferred();
      const style = findHouseStyle(db, committeeId);
      const owner = filters.owner && log.owners.find((candidate) => ownerKey(candidate.owner) === ownerKey(filters.owner!));
      const document = composeActionLog(committee.name, log.entries, {
        dateStyle: style.dateStyle,
        asAt: localDate(context),
        filters: {
          status: filters.status,
          ownerName: owner?.name ?? (filters.owner && 'group' in filters.owner ? filters.owner.group : undefined),
          meetingDate: filters.meetingId ? findMeeting(db, filters.meetingId)?.date : undefined,
        },
        fontFamily: style.fontFamily,
        fontSize: style.fontSize,
      });
      // Loaded on first use, as the minutes' writer is (see exports.ts).
      const { renderActionLogDocx } = await import('../export/action-log-docx.ts');
      const bytes = await renderActionLogDocx(document);
      const saved = { targetPath, byteLength: writeFileAtomically(targetPath, bytes) };
      if (openAfterwards) await context.files.openWithSystem(targetPath);
      return saved;
    },
  };
}
