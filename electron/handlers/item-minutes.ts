import type { HandlerTable } from '../../shared/api.ts';
import { ApiError } from '../../shared/errors.ts';
import { findAgendaItem } from '../store/agenda.ts';
import type { Db } from '../store/database.ts';
import { clearPart2, savePart2 } from '../store/part2-items.ts';
import { clearSentenceOverride, listItemOverrides, saveSentenceOverride } from '../store/sentence-overrides.ts';
import { found, write, type HandlerContext } from './context.ts';

type ItemMinutesHandlers = Pick<HandlerTable, 'setItemPart2' | 'setSentenceOverride'>;

/** An agenda item that is still on the agenda; what the minutes hang on it must not outlive it. */
export function liveAgendaItem(db: Db, itemId: string) {
  const item = found(findAgendaItem(db, itemId), 'That agenda item');
  if (item.deletedAt) throw new ApiError('not-found', 'That agenda item has been deleted.');
  return item;
}

export function itemMinutesHandlers(context: HandlerContext): ItemMinutesHandlers {
  const { db } = context;
  return {
    setItemPart2: ({ itemId, part2 }) =>
      write(context, () => {
        liveAgendaItem(db, itemId);
        if (part2 === null) {
          clearPart2(db, itemId);
          return null;
        }
        const saved = { paragraph: part2.paragraph, reason: part2.reason.trim() };
        savePart2(db, itemId, saved);
        return saved;
      }),

    setSentenceOverride: ({ itemId, key, text }) =>
      write(context, () => {
        liveAgendaItem(db, itemId);
        if (text === null) clearSentenceOverride(db, itemId, key);
        else saveSentenceOverride(db, itemId, { key, text: text.trim() });
        return listItemOverrides(db, itemId);
      }),
  };
}
