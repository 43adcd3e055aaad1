import type { HandlerTable } from '../../shared/api.ts';
import { actionHandlers } from './actions.ts';
import { agendaHandlers } from './agenda.ts';
import { attendanceHandlers } from './attendance.ts';
import { committeeHandlers } from './committees.ts';
import type { HandlerContext } from './context.ts';
import { meetingHandlers } from './meetings.ts';
import { exportHandlers } from './exports.ts';
import { fileHandlers } from './files.ts';
import { houseStyleHandlers } from './house-style.ts';
import { itemMinutesHandlers } from './item-minutes.ts';
import { paperHandlers } from './papers.ts';
import { resolutionHandlers } from './resolutions.ts';
import { actionLogHandlers } from './action-log.ts';
import { continuityHandlers } from './continuity.ts';
import { declarationHandlers } from './declarations.ts';
import { phraseHandlers } from './phrases.ts';
import { abbreviationHandlers } from './abbreviations.ts';
import { searchHandlers } from './search.ts';
import { completionHandlers } from './completion.ts';
import { minutesVersionHandlers } from './minutes-versions.ts';
import { reviewHandlers } from './review.ts';
import { storeHandlers } from './store.ts';

/** Joins every domain's handlers into the one table; a name defined twice is a programming error. */
export function createHandlerTable(context: HandlerContext): HandlerTable {
  const table: Record<string, unknown> = {};
  for (const domain of [
    committeeHandlers(context),
    meetingHandlers(context),
    agendaHandlers(context),
    attendanceHandlers(context),
    houseStyleHandlers(context),
    itemMinutesHandlers(context),
    paperHandlers(context),
    resolutionHandlers(context),
    actionHandlers(context),
    exportHandlers(context),
    fileHandlers(context),
    phraseHandlers(context),
    abbreviationHandlers(context),
    declarationHandlers(context),
    actionLogHandlers(context),
    continuityHandlers(context),
    searchHandlers(context),
    completionHandlers(context),
    minutesVersionHandlers(context),
    reviewHandlers(context),
    storeHandlers(context),
  ]) {
    for (const [name, handler] of Object.entries(domain)) {
      if (name in table) throw new Error(`Handler ${name} is defined twice.`);
      table[name] = handler;
    }
  }
  return table as HandlerTable;
}
