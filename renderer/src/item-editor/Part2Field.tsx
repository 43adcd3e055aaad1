import { useRef, useState } from 'react';
import { part2Reason } from '../../../shared/compose/index.ts';
import type { ItemRecord, MeetingDetail, Part2 } from '../../../shared/domain.ts';
import type { NumberedItem } from '../agenda/AgendaPanel.tsx';
import { isCompletePart2 } from '../../../shared/domain.ts';
import type { MeetingActions } from '../meetings/useMeeting.ts';

/** Schedule 12A to the Local Government Act 1972, in a clerk's shorthand. */
export const schedule12AParagraphs: [number, string][] = [
  [1, 'information about a particular person'],
  [2, 'information likely to identify a person'],
  [3, 'financial or business affairs'],
  [4, 'labour relations consultations or negotiations'],
  [5, 'legal professional privilege'],
  [6, 'a notice, order or direction the authority proposes'],
  [7, 'prevention, investigation or prosecution of crime'],
];

type Props = { item: NumberedItem; record: ItemRecord; detail: MeetingDetail; actions: MeetingActions };

/** Part 2 — not for publication: the public minutes keep the item's title and give only the reason. */
export function Part2Field({ item, record, detail, actions }: Props) {
  const { part2 } = record;
  // Unticking and ticking again brings back the paragraph or reason that was there.
  const lastPart2 = useRef<Part2 | null>(part2);
  const [hasJustTicked, setJustTicked] = useState(false);
  const parentPart2 = item.parentId ? detail.byItem[item.parentId]?.part2 : null;
  const parentNumber = item.number.replace(/[a-z]+$/, '');

  const change = (next: Part2 | null, delayMs?: number) => {
    if (next) lastPart2.current = next;
    actions.setPart2(item.id, next, delayMs);
  };

  return (
    <div className={`part2-field${part2 ? ' is-part2' : ''}`} role="group" aria-label="Part 2">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={part2 !== null}
          onChange={(event) => {
            setJustTicked(event.target.checked);
            change(event.target.checked ? (lastPart2.current ?? { paragraph: null, reason: '' }) : null, 0);
          }}
        />
        <span>
          <strong>Part 2</strong> — not for publication
        </span>
      </label>
      {!part2 && parentPart2 && <p className="hint">Private already: item {parentNumber} is Part 2, and its sub-items with it.</p>}
      {part2 && (
        <div className="part2-details">
          <label>
            Paragraph of Schedule 12A
            <select
              value={part2.paragraph ?? ''}
              autoFocus={hasJustTicked}
              onChange={(event) => change({ ...part2, paragraph: event.target.value ? Number(event.target.value) : null }, 0)}
            >
              <option value="">Choose…</option>
              {schedule12AParagraphs.map(([paragraph, summary]) => (
                <option key={paragraph} value={paragraph}>
                  {paragraph} — {summary}
                </option>
              ))}
            </select>
          </label>
          <label>
            Or a reason of your own
            <input
              value={part2.reason}
              maxLength={500}
              placeholder="Used instead of the house wording"
              onChange={(event) => change({ ...part2, reason: event.target.value })}
            />
          </label>
          {isCompletePart2(part2) ? (
            <p className="hint part2-reason">
              The public minutes will give the reason: “{part2Reason(part2, detail.houseStyle)}”.
            </p>
          ) : (
            <p className="part2-warning" role="alert">
              Choose a paragraph or give a reason: the Part 2 mark is saved once you have.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
