import { defaultHouseStyle, type HouseStyle, type Layout, type ReferTo } from '../../shared/domain.ts';
import type { DateStyle } from '../../shared/wording.ts';
import type { Db } from './database.ts';

// A committee has a row only once its secretary changes something; until then the defaults apply,
// so a change to a default reaches every committee that never chose otherwise.

type HouseStyleRow = {
  committee_id: string;
  layout: Layout;
  font_family: string;
  font_size: number;
  date_style: DateStyle;
  refer_to: ReferTo;
  part2_wording: string;
  updated_at: string;
};

export function findHouseStyle(db: Db, committeeId: string): HouseStyle {
  const row = db.prepare('SELECT * FROM house_styles WHERE committee_id = ?').get(committeeId) as HouseStyleRow | undefined;
  if (!row) return { ...defaultHouseStyle };
  return {
    layout: row.layout,
    fontFamily: row.font_family,
    fontSize: row.font_size,
    dateStyle: row.date_style,
    referTo: row.refer_to,
    part2Wording: row.part2_wording,
  };
}

export function saveHouseStyle(db: Db, committeeId: string, style: HouseStyle, updatedAt: string): void {
  db.prepare(
    `INSERT INTO house_styles (committee_id, layout, font_family, font_size, date_style, refer_to, part2_wording, updated_at)
     VALUES (@committeeId, @layout, @fontFamily, @fontSize, @dateStyle, @referTo, @part2Wording, @updatedAt)
     ON CONFLICT (committee_id) DO UPDATE SET layout = excluded.layout, font_family = excluded.font_family,
       font_size = excluded.font_size, date_style = excluded.date_style, refer_to = excluded.refer_to,
       part2_wording = excluded.part2_wording, updated_at = excluded.updated_at`,
  ).run({ committeeId, ...style, updatedAt });
}
