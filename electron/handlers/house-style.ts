import type { HandlerTable } from '../../shared/api.ts';
import { findCommittee } from '../store/committees.ts';
import { findHouseStyle, saveHouseStyle } from '../store/house-styles.ts';
import { found, patch, timestamp, write, type HandlerContext } from './context.ts';

type HouseStyleHandlers = Pick<HandlerTable, 'getHouseStyle' | 'updateHouseStyle'>;

export function houseStyleHandlers(context: HandlerContext): HouseStyleHandlers {
  const { db } = context;
  return {
    getHouseStyle: ({ committeeId }) => {
      found(findCommittee(db, committeeId), 'That committee');
      return findHouseStyle(db, committeeId);
    },

    updateHouseStyle: ({ committeeId, ...changes }) =>
      write(context, () => {
        found(findCommittee(db, committeeId), 'That committee');
        const style = patch(findHouseStyle(db, committeeId), {
          ...changes,
          fontFamily: changes.fontFamily?.trim(),
          part2Wording: changes.part2Wording?.trim(),
        });
        saveHouseStyle(db, committeeId, style, timestamp(context));
        return style;
      }),
  };
}
