import type { HandlerTable } from '../../shared/api.ts';
import { createCompleter } from '../../shared/completion.ts';
import { listEarlierMinutesText } from '../store/completion-texts.ts';
import { findMeeting } from '../store/meetings.ts';
import { listMembers } from '../store/members.ts';
import { listPhrases } from '../store/phrases.ts';
import { found, type HandlerContext } from './context.ts';

// What completion learns from before the meeting: the roster, the phrase bank and the committee's
// earlier minutes. The model is built here, next to the data, and only its counts travel.

/** Enough meetings for a committee's habits of wording; older ones add little but size. */
const earlierMeetings = 24;
/** Roster and phrase-bank wordings count as if seen this many times: they are spelt as the committee wants. */
const standingWeight = 3;

export function completionHandlers({ db }: HandlerContext): Pick<HandlerTable, 'getCompletionModel'> {
  return {
    getCompletionModel: ({ meetingId }) => {
      const meeting = found(findMeeting(db, meetingId), 'That meeting');
      const completer = createCompleter();
      for (const member of listMembers(db, meeting.committeeId)) {
        // Each on its own line: a name is not "followed" by the next member's role.
        for (const part of [member.name, member.role, member.organisation]) completer.learn(part, standingWeight);
        if (member.role.trim()) completer.learn(`the ${member.role}`, standingWeight);
      }
      for (const phrase of listPhrases(db, meeting.committeeId)) completer.learn([phrase.text, ...phrase.parts].join('\n'), standingWeight);
      for (const text of listEarlierMinutesText(db, meeting, earlierMeetings)) completer.learn(text);
      return completer.exportModel();
    },
  };
}
