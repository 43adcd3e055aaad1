import { useEffect, useMemo, useRef, useState } from 'react';
import { composeMinutes } from '../../../shared/compose/index.ts';
import type { MinutesMode } from '../../../shared/compose/model.ts';
import type { AgendaItem, MeetingDetail } from '../../../shared/domain.ts';
import type { RichText } from '../../../shared/rich-text.ts';
import { useSaveState } from '../saving/SaveContext.tsx';
import { MinutesPreview } from './MinutesPreview.tsx';
import { createMinuteLinker, MinuteLinkProvider, useMinuteIndex } from './minute-links.tsx';
import './preview.css';

/**
 * The minutes as Word will print them, beside the notes. Notes are read from the editor's latest
 * copy, and the view is composed again whenever a save goes out, so it follows the typing.
 */
export function PreviewPane({ detail, notesOf, currentItemId = null }: { detail: MeetingDetail; notesOf: (item: AgendaItem) => RichText; currentItemId?: string | null }) {
  const [mode, setMode] = useState<MinutesMode>('full');
  const saveState = useSaveState();
  const minutes = useMemo(
    () => composeMinutes({ ...detail, agenda: detail.agenda.map((item) => ({ ...item, notes: notesOf(item) })) }, { mode }),
    // The save state is a dependency on purpose: each save means the notes may have changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [detail, notesOf, mode, saveState],
  );
  const minuteIndex = useMinuteIndex(detail);
  const linker = useMemo(
    () => createMinuteLinker(minuteIndex, detail.meeting.id, detail.houseStyle.dateStyle),
    [minuteIndex, detail.meeting.id, detail.houseStyle.dateStyle],
  );
  // Opens at the item being minuted and follows the secretary from item to item.
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!currentItemId) return;
    const row = scroller.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(currentItemId)}"]`);
    // Whichever box scrolls (the pane, or the column around it), the minute comes to its top.
    row?.scrollIntoView({ block: 'start' });
  }, [currentItemId, mode]);
  return (
    <section className="preview-pane" aria-labelledby="preview-heading">
      <div className="preview-toolbar">
        <h2 id="preview-heading">Minutes preview</h2>
        <div role="radiogroup" aria-label="Version" className="segmented">
          {(['full', 'public'] as const).map((candidate) => (
            <button key={candidate} type="button" role="radio" aria-checked={mode === candidate} onClick={() => setMode(candidate)}>
              {candidate === 'full' ? 'Full minutes' : 'Public minutes'}
            </button>
          ))}
        </div>
      </div>
      <div className="preview-scroll" ref={scroller}>
        <MinuteLinkProvider value={linker}>
          <MinutesPreview minutes={minutes} />
        </MinuteLinkProvider>
      </div>
    </section>
  );
}
