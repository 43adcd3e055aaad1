import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { HandlerTable, OpenedReview, ResponseImport } from '../../shared/api.ts';
import { compareMinutes, type ComparedSide } from '../../shared/compare.ts';
import { composeMinutes } from '../../shared/compose/index.ts';
import type { MinutesItem } from '../../shared/compose/model.ts';
import { ApiError } from '../../shared/errors.ts';
import { detailFromMeetingFile, type MeetingFile } from '../../shared/meeting-file.ts';
import { minutesStateLabels } from '../../shared/minutes-state.ts';
import { itemPassageText, type ReviewComment, type ReviewCommentRecord, type ReviewDecision, type ReviewResponseDraft } from '../../shared/review.ts';
import { placeAnchor, planSuggestion, type SuggestionEdit } from '../../shared/review-apply.ts';
import {
  parseResponseFile,
  parseReviewFile,
  responseFileFrom,
  responseFileMaxBytes,
  responseFileNameFor,
  reviewFileFrom,
  reviewFileMaxBytes,
  reviewFileText,
  type ResponseFile,
  type ReviewFile,
} from '../../shared/review-file.ts';
import { formatDate } from '../../shared/wording.ts';
import { writeFileAtomically } from '../export/write-file.ts';
import { sha256Hex } from '../hash.ts';
import { findAction, updateActionRow } from '../store/actions.ts';
import { findAgendaItem, updateAgendaItemRow } from '../store/agenda.ts';
import { findAttendee } from '../store/attendees.ts';
import type { Db } from '../store/database.ts';
import { findMeeting } from '../store/meetings.ts';
import { findApprovals, findLatestSent, latestVersionNumber, saveApprovals } from '../store/minutes-versions.ts';
import { findResolution, updateResolutionRow } from '../store/resolutions.ts';
import {
  deleteReviewDraft,
  findComment,
  findResponse,
  insertComment,
  listMeetingComments,
  nextCommentPosition,
  resolveComment,
  saveResponse,
  saveReviewDraft,
  updateOpenComment,
  type StoredComment,
} from '../store/review-responses.ts';
import { saveSentenceOverride } from '../store/sentence-overrides.ts';
import { found, timestamp, write, type HandlerContext } from './context.ts';
import { loadMeetingDetail } from '../read-models/meeting-detail.ts';
import { assertEditable, currentMinutesFile, findVersionFile, saveVersion } from './minutes-versions.ts';
import { minutesStatusOf } from '../read-models/minutes-status.ts';

// The chairman's review (issue 8): the review file out, the response file back, review mode here.
//
// The chairman's side is file-backed: opening a review reads the file and keeps a handle in memory;
// every save rewrites the response file beside it (atomically), and nothing touches the chairman's
// database, so no committee set-up is needed and a flat battery loses at most the save in flight.
// Review mode keeps its response in the secretary's database (review_drafts) until it is finished,
// then records it exactly as an imported response file.

type ReviewHandlers = Pick<
  HandlerTable,
  | 'sendToChairman'
  | 'openReview'
  | 'startReviewHere'
  | 'saveReviewResponse'
  | 'finishReviewHere'
  | 'closeReview'
  | 'importReviewResponse'
  | 'listReviewComments'
  | 'resolveSuggestions'
  | 'compareMinutes'
  | 'exportComparison'
  | 'takeOpenedFile'
>;

type Session = {
  review: ReviewFile;
  items: MinutesItem[];
  responseId: string;
  startedAt: string;
  decision: ReviewDecision | null;
  /** Where the response is written: beside the review file, or the database in review mode. */
  responsePath: string | null;
};

/** What a response to this review would say, as the file written beside it. */
function responseOf(session: Session, reviewer: string, comments: ReviewComment[], savedAt: string): ResponseFile {
  const { review } = session;
  return responseFileFrom(
    {
      responseId: session.responseId,
      meetingId: review.meetingId,
      minutesVersion: review.minutesVersion,
      minutesHash: review.minutesHash,
      committeeName: review.minutes.committee.name,
      meetingDate: review.minutes.meeting.date,
      reviewer,
      startedAt: session.startedAt,
      savedAt,
      comments,
      decision: session.decision,
    },
    sha256Hex,
  );
}

function readLimited(path: string, maxBytes: number, what: string): string {
  const name = basename(path);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new ApiError('not-found', `${name} could not be read. Check that it still exists and try again.`);
  }
  if (size > maxBytes) {
    throw new ApiError('invalid-input', `${name} is too large to be a ${what} (${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxBytes / 1024 / 1024} MB).`);
  }
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new ApiError('not-found', `${name} could not be read. Check that it still exists and try again.`);
  }
}

const composedItems = (file: MeetingFile) => composeMinutes(detailFromMeetingFile(file), { mode: 'full' }).items;

/** Every comment must point at the minutes it was made on: its item there, its quote the text at its offsets. */
function checkComments(comments: ReviewComment[], items: MinutesItem[], version: number): void {
  const byId = new Map(items.map((item) => [item.itemId, item]));
  const texts = new Map<string, string>();
  comments.forEach((comment, index) => {
    const { anchor } = comment;
    if (anchor.kind === 'minutes') return;
    const item = byId.get(anchor.itemId);
    if (!item) throw new ApiError('invalid-input', `Comment ${index + 1} is about an item that is not in version ${version} of the minutes.`);
    if (anchor.kind !== 'passage') return;
    let text = texts.get(anchor.itemId);
    if (text === undefined) texts.set(anchor.itemId, (text = itemPassageText(item)));
    if (text.slice(anchor.start, anchor.end) !== anchor.quote) {
      throw new ApiError('invalid-input', `Comment ${index + 1} quotes a passage that is not at that place in version ${version} of the minutes.`);
    }
  });
}

export function reviewHandlers(context: HandlerContext): ReviewHandlers {
  const { db } = context;
  const sessions = new Map<string, Session>();

  const session = (reviewId: string) => {
    const open = sessions.get(reviewId);
    if (!open) throw new ApiError('not-found', 'That review is no longer open; open the review file again.');
    return open;
  };

  const opened = (reviewId: string, open: Session, draft: ReviewResponseDraft, isResumed: boolean): OpenedReview => {
    const { review } = open;
    const detail = detailFromMeetingFile(review.minutes, review.sentAt);
    return {
      reviewId,
      review: {
        meetingId: review.meetingId,
        committeeName: review.minutes.committee.name,
        meetingDate: review.minutes.meeting.date,
        meetingTitle: review.minutes.meeting.title,
        version: review.minutesVersion,
        hash: review.minutesHash,
        sentAt: review.sentAt,
        sentBy: review.sentBy,
        note: review.note,
      },
      detail,
      minutes: composeMinutes(detail, { mode: 'full' }),
      response: draft,
      isResumed,
      responseFileName: open.responsePath ? basename(open.responsePath) : null,
    };
  };

  /** A version just saved by a send, as the review file that carries it. */
  const reviewOf = (meetingId: string, version: number, sentBy: string, note: string): ReviewFile => {
    const { summary, file } = findVersionFile(db, meetingId, version);
    return reviewFileFrom({ meetingId, minutesVersion: version, minutesHash: file.hash, sentAt: summary.at, sentBy, note, minutes: file }, sha256Hex);
  };

  return {
    sendToChairman: ({ meetingId, target, by, note }) => {
      const targetPath = context.grants.take(target, 'review-save');
      return write(context, () => {
        const version = saveVersion(context, meetingId, { change: 'sent', by, reason: note.trim() ? `Sent to the chairman: ${note.trim()}` : 'Sent to the chairman' });
        // Written inside the transaction: if the file cannot be written, the move is undone too.
        const byteLength = writeFileAtomically(targetPath, reviewFileText(reviewOf(meetingId, version.version, by.trim(), note.trim())));
        return { status: minutesStatusOf(db, found(findMeeting(db, meetingId), 'That meeting')), version, file: { targetPath, byteLength } };
      });
    },

    openReview: async ({ source }) => {
      const reviewPath = context.grants.take(source, 'review-open');
      const name = basename(reviewPath);
      const parsed = parseReviewFile(readLimited(reviewPath, reviewFileMaxBytes, 'review file'), sha256Hex);
      if (!parsed.ok) throw new ApiError('invalid-input', `${name} could not be opened. ${parsed.message}`);
      const review = parsed.value;
      const responsePath = join(dirname(reviewPath), responseFileNameFor(name));
      const items = composedItems(review.minutes);
      let draft: ReviewResponseDraft = { reviewer: '', comments: [], decision: null, savedAt: null };
      let responseId: string = randomUUID();
      let startedAt = timestamp(context);
      let isResumed = false;
      if (existsSync(responsePath)) {
        const earlier = parseResponseFile(readLimited(responsePath, responseFileMaxBytes, 'response file'), sha256Hex);
        if (!earlier.ok) {
          throw new ApiError('invalid-input', `The response saved beside ${name} (${basename(responsePath)}) is damaged, so the review cannot resume: ${earlier.message} Move that file away to start again.`);
        }
        const response = earlier.value;
        if (response.meetingId !== review.meetingId || response.minutesVersion !== review.minutesVersion || response.minutesHash !== review.minutesHash) {
          throw new ApiError('conflict', `${basename(responsePath)} beside ${name} is a response to other minutes. Move it away to start this review.`);
        }
        ({ responseId, startedAt } = response);
        draft = { reviewer: response.reviewer, comments: response.comments, decision: response.decision, savedAt: response.savedAt };
        isResumed = true;
      }
      const reviewId = randomUUID();
      const open: Session = { review, items, responseId, startedAt, decision: draft.decision, responsePath };
      sessions.set(reviewId, open);
      return opened(reviewId, open, draft, isResumed);
    },

    startReviewHere: ({ meetingId, reviewer, by }) =>
      write(context, () => {
        const version = saveVersion(context, meetingId, { change: 'review-here', by, reason: `Reviewed with ${reviewer.trim()} on this computer` });
        const review = reviewOf(meetingId, version.version, by.trim(), '');
        const reviewId = randomUUID();
        const open: Session = { review, items: composedItems(review.minutes), responseId: randomUUID(), startedAt: version.at, decision: null, responsePath: null };
        sessions.set(reviewId, open);
        saveReviewDraft(db, reviewId, meetingId, version.version, responseOf(open, reviewer.trim(), [], version.at), version.at);
        return opened(reviewId, open, { reviewer: reviewer.trim(), comments: [], decision: null, savedAt: null }, false);
      }),

    saveReviewResponse: ({ reviewId, reviewer, comments, decision }) => {
      const open = session(reviewId);
      checkComments(comments, open.items, open.review.minutesVersion);
      const savedAt = timestamp(context);
      const name = reviewer.trim();
      // The decision's time is when it was first taken; changing one's mind takes it again.
      open.decision = decision
        ? open.decision?.kind === decision.kind && open.decision.by === name
          ? { ...open.decision, message: decision.message }
          : { ...decision, by: name, at: savedAt }
        : null;
      const response = responseOf(open, name, comments, savedAt);
      if (open.responsePath) writeFileAtomically(open.responsePath, reviewFileText(response));
      else write(context, () => saveReviewDraft(db, reviewId, open.review.meetingId, open.review.minutesVersion, response, savedAt));
      return { savedAt, fileName: open.responsePath ? basename(open.responsePath) : null, decision: open.decision };
    },

    finishReviewHere: ({ reviewId }) => {
      const open = session(reviewId);
      if (open.responsePath) throw new ApiError('invalid-input', 'This review is the chairman’s own file: send the response file back to the secretary instead.');
      const row = db.prepare('SELECT response FROM review_drafts WHERE review_id = ?').pluck().get(reviewId) as string | undefined;
      if (!row) throw new ApiError('not-found', 'That review has already been finished.');
      const response = JSON.parse(row) as ResponseFile;
      const result = write(context, () => {
        const imported = importResponse(context, response, 'the chairman’s review on this computer', response.reviewer);
        deleteReviewDraft(db, reviewId);
        return imported;
      });
      sessions.delete(reviewId);
      return result;
    },

    closeReview: ({ reviewId }) => {
      sessions.delete(reviewId);
      return { closed: true as const };
    },

    importReviewResponse: ({ source, by }) => {
      const path = context.grants.take(source, 'response-open');
      const name = basename(path);
      const parsed = parseResponseFile(readLimited(path, responseFileMaxBytes, 'response file'), sha256Hex);
      if (!parsed.ok) throw new ApiError('invalid-input', `${name} could not be imported. ${parsed.message}`);
      return write(context, () => importResponse(context, parsed.value, name, by));
    },

    listReviewComments: ({ meetingId }) => {
      found(findMeeting(db, meetingId), 'That meeting');
      const items = composeMinutes(loadMeetingDetail(db, meetingId), { mode: 'full' }).items;
      return listMeetingComments(db, meetingId).map((comment) => commentRecord(db, comment, items));
    },

    resolveSuggestions: ({ meetingId, commentIds, decision, by }) =>
      write(context, () => {
        const meeting = assertEditable(db, meetingId);
        const at = timestamp(context);
        const results: { commentId: string; outcome: 'accepted' | 'declined' | 'not-applied'; message: string }[] = [];
        const accepted: string[] = [];
        for (const commentId of commentIds) {
          const comment = findComment(db, commentId);
          if (!comment || comment.meetingId !== meeting.id) throw new ApiError('not-found', 'That comment is not one of this meeting’s.');
          if (comment.suggestion === null || comment.anchor.kind !== 'passage') {
            results.push({ commentId, outcome: 'not-applied', message: 'That comment proposes no new wording.' });
            continue;
          }
          if (comment.outcome !== 'pending') {
            results.push({ commentId, outcome: comment.outcome === 'accepted' ? 'accepted' : 'declined', message: `That suggestion was already ${comment.outcome}.` });
            continue;
          }
          if (decision === 'decline') {
            resolveComment(db, commentId, 'declined', at, by.trim(), null);
            results.push({ commentId, outcome: 'declined', message: 'Declined.' });
            continue;
          }
          // Each suggestion is planned against the draft as the ones before it left it.
          const detail = loadMeetingDetail(db, meetingId);
          const plan = planSuggestion(detail, composeMinutes(detail, { mode: 'full' }).items, comment.anchor, comment.suggestion);
          if (!plan.ok) {
            results.push({ commentId, outcome: 'not-applied', message: plan.message });
            continue;
          }
          applyEdit(context, plan.edit);
          accepted.push(commentId);
          results.push({ commentId, outcome: 'accepted', message: 'Applied to the draft.' });
        }
        let version = null;
        if (accepted.length) {
          const count = accepted.length === 1 ? 'the chairman’s suggestion' : `${accepted.length} of the chairman’s suggestions`;
          version = saveVersion(context, meetingId, { change: 'suggestions', by, reason: `Accepted ${count}` });
          for (const commentId of accepted) resolveComment(db, commentId, 'accepted', at, by.trim(), version.version);
        }
        return { results, version, status: minutesStatusOf(db, found(findMeeting(db, meetingId), 'That meeting')) };
      }),

    compareMinutes: ({ meetingId, from, to }) => comparison(db, meetingId, from, to),

    exportComparison: async ({ meetingId, from, to, target, openAfterwards }) => {
      const targetPath = context.grants.take(target, 'comparison');
      const result = comparison(db, meetingId, from, to);
      const meeting = found(findMeeting(db, meetingId), 'That meeting');
      const { renderComparisonDocx } = await import('../export/comparison-docx.ts');
      const bytes = await renderComparisonDocx(result, `Changes to the minutes of ${formatDate(meeting.date)}`);
      const saved = { targetPath, byteLength: writeFileAtomically(targetPath, bytes) };
      if (openAfterwards) await context.files.openWithSystem(targetPath);
      return saved;
    },

    takeOpenedFile: () => {
      const next = context.openedFiles?.shift();
      return next ? { grantId: context.grants.issue(next.path, next.purpose), purpose: next.purpose, fileName: basename(next.path) } : null;
    },
  };
}

type Ref = { version: number } | { current: true } | { sent: true };

function sideOf(db: Db, meetingId: string, ref: Ref): { file: MeetingFile; side: ComparedSide } {
  const meeting = found(findMeeting(db, meetingId), 'That meeting');
  if ('current' in ref) return { file: currentMinutesFile(db, meetingId), side: { label: 'The current draft', version: null, state: meeting.status, at: null } };
  const version = 'sent' in ref ? findLatestSent(db, meetingId)?.version : ref.version;
  if (version === undefined) throw new ApiError('not-found', 'These minutes have not been sent to the chairman yet.');
  const { summary, file } = findVersionFile(db, meetingId, version);
  const what = summary.change === 'sent' || summary.change === 'review-here' ? 'sent to the chairman' : minutesStateLabels[summary.state].toLowerCase();
  return { file, side: { label: `Version ${version} (${what}, ${formatDate(summary.at.slice(0, 10))})`, version, state: summary.state, at: summary.at } };
}

function comparison(db: Db, meetingId: string, from: Ref, to: Ref) {
  const before = sideOf(db, meetingId, from);
  const after = sideOf(db, meetingId, to);
  return compareMinutes(before.file, after.file, { from: before.side, to: after.side });
}

function commentRecord(db: Db, comment: StoredComment, items: MinutesItem[]): ReviewCommentRecord {
  const response = findResponse(db, comment.responseId)!;
  const { meetingId: _meetingId, ...rest } = comment;
  return { ...rest, reviewer: response.reviewer, version: response.version, placement: placeAnchor(items, comment.anchor) };
}

/** Records a response in the caller's transaction: comments to their items, the decision as a move. */
function importResponse(context: HandlerContext, response: ResponseFile, source: string, by: string): ResponseImport {
  const { db } = context;
  const meeting = findMeeting(db, response.meetingId);
  if (!meeting) {
    throw new ApiError('not-found', `${source} is the chairman’s response for ${response.committeeName}, ${formatDate(response.meetingDate)}, which is not in Proceedings here.`);
  }
  const sent = findLatestSent(db, meeting.id);
  if (!sent) throw new ApiError('conflict', `${source} is about version ${response.minutesVersion} of the minutes, but these minutes have not been sent to the chairman.`);
  if (sent.version !== response.minutesVersion) {
    throw new ApiError('conflict', `${source} is about version ${response.minutesVersion} of the minutes, but version ${sent.version} was sent to the chairman. Import the response to version ${sent.version}.`);
  }
  if (sent.hash !== response.minutesHash) {
    throw new ApiError('invalid-input', `${source} does not match the minutes that were sent (version ${sent.version}): it may have been tampered with.`);
  }
  const { file: sentFile } = findVersionFile(db, meeting.id, sent.version);
  const sentItems = composedItems(sentFile);
  checkComments(response.comments, sentItems, sent.version);

  const now = timestamp(context);
  const earlier = findResponse(db, response.responseId);
  if (earlier && earlier.meetingId !== meeting.id) throw new ApiError('invalid-input', `${source} has the id of a response to another meeting.`);
  const isAlreadyImported = earlier?.hash === response.hash;
  let addedComments = 0;
  if (!isAlreadyImported) {
    saveResponse(db, { id: response.responseId, meetingId: meeting.id, version: response.minutesVersion, reviewer: response.reviewer, decision: response.decision, hash: response.hash }, now, by.trim());
    let position = nextCommentPosition(db, response.responseId);
    for (const comment of response.comments) {
      const known = findComment(db, comment.id);
      if (known && known.responseId !== response.responseId) throw new ApiError('invalid-input', `${source} repeats a comment of another response.`);
      if (known) updateOpenComment(db, comment);
      else {
        insertComment(db, { ...comment, responseId: response.responseId, meetingId: meeting.id, outcome: comment.suggestion === null ? 'comment' : 'pending', resolvedAt: null, resolvedBy: null, resolvedInVersion: null }, position++);
        addedComments++;
      }
    }
    const decision = response.decision;
    if (decision && meeting.status === 'with-chairman') {
      if (decision.kind === 'approve') {
        const { confirmation } = findApprovals(db, meeting.id);
        saveApprovals(db, meeting.id, { version: latestVersionNumber(db, meeting.id) + 1, by: decision.by, at: decision.at }, confirmation);
        saveVersion(context, meeting.id, { change: 'approved', by: decision.by, reason: `Approved by ${decision.by}${decision.message ? `: ${decision.message}` : ''}` });
      } else {
        saveVersion(context, meeting.id, { change: 'returned', by: decision.by, reason: `Returned with comments by ${decision.by}${decision.message ? `: ${decision.message}` : ''}` });
      }
    }
  }
  const detail = loadMeetingDetail(db, meeting.id);
  const items = composeMinutes(detail, { mode: 'full' }).items;
  const ids = new Set(response.comments.map((comment) => comment.id));
  const comments = listMeetingComments(db, meeting.id)
    .filter((comment) => ids.has(comment.id))
    .map((comment) => commentRecord(db, comment, items));
  // What the minutes say, item by item, is what the chairman read: the same composed text, the draft has not changed.
  const isDraftChangedSinceSent = JSON.stringify(items) !== JSON.stringify(sentItems);
  return {
    meetingId: meeting.id,
    responseId: response.responseId,
    reviewer: response.reviewer,
    version: response.minutesVersion,
    decision: response.decision,
    isAlreadyImported,
    addedComments,
    comments,
    isDraftChangedSinceSent,
    moved: comments.filter((comment) => comment.placement.status === 'moved').map((comment) => comment.id),
    gone: comments.filter((comment) => comment.placement.status === 'gone' || comment.placement.status === 'item-removed').map((comment) => comment.id),
    status: detail.minutes,
  };
}

/** Writes one planned suggestion into the draft (the caller's transaction). */
function applyEdit(context: HandlerContext, edit: SuggestionEdit): void {
  const { db } = context;
  const updatedAt = timestamp(context);
  if (edit.field === 'resolution') {
    const { meetingId: _meetingId, deletedAt: _deletedAt, ...resolution } = found(findResolution(db, edit.resolutionId), 'That resolution');
    updateResolutionRow(db, { ...resolution, text: edit.text, parts: edit.parts, updatedAt });
  } else if (edit.field === 'action') {
    const { meetingId: _meetingId, deletedAt: _deletedAt, ...action } = found(findAction(db, edit.actionId), 'That action');
    const ownerName = 'attendeeId' in action.owner ? (findAttendee(db, action.owner.attendeeId)?.name ?? '') : '';
    updateActionRow(db, { ...action, description: edit.description, updatedAt }, ownerName);
  } else if (edit.field === 'sentence') {
    saveSentenceOverride(db, edit.itemId, { key: edit.key, text: edit.text });
  } else {
    const { deletedAt: _deletedAt, ...item } = found(findAgendaItem(db, edit.itemId), 'That item');
    updateAgendaItemRow(db, edit.field === 'notes' ? { ...item, notes: edit.notes, updatedAt } : { ...item, postMeetingNote: edit.text, updatedAt });
  }
}
