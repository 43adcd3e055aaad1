import type { HouseStyle } from '../../../shared/domain.ts';
import { api } from '../api.ts';
import { ErrorMessage } from '../app/Layout.tsx';
import { useLoad } from '../app/useLoad.ts';
import { useSaveQueue } from '../saving/SaveContext.tsx';

// Fonts every Windows and Mac machine with Word has, so the minutes look the same when opened.
const fonts = ['Arial', 'Calibri', 'Cambria', 'Georgia', 'Tahoma', 'Times New Roman', 'Verdana'];

/** How this committee's minutes look in Word: its house style. */
export function HouseStyleSettings({ committeeId }: { committeeId: string }) {
  const queue = useSaveQueue();
  const { state, set } = useLoad(() => api.getHouseStyle({ committeeId }), [committeeId]);
  if (state.status === 'failed') return <ErrorMessage message={state.message} />;
  if (state.status === 'loading') return null;
  const style = state.value;

  const edit = (changes: Partial<HouseStyle>) => {
    const next = { ...style, ...changes };
    set(() => next);
    queue.schedule(`house-style:${committeeId}`, () => api.updateHouseStyle({ committeeId, ...next }));
  };

  return (
    <section aria-labelledby="house-style-heading" className="house-style">
      <h2 id="house-style-heading">House style of the minutes</h2>
      <fieldset>
        <legend>Layout</legend>
        <label className="checkbox">
          <input type="radio" name="layout" checked={style.layout === 'action-column'} onChange={() => edit({ layout: 'action-column' })} />
          Table with an Action column (owners’ initials beside each paragraph)
        </label>
        <label className="checkbox">
          <input type="radio" name="layout" checked={style.layout === 'single-column'} onChange={() => edit({ layout: 'single-column' })} />
          Single column, with “Action: JS — by 30 April 2021” lines
        </label>
      </fieldset>
      <div className="form-grid">
        <label>
          Font
          <select value={style.fontFamily} onChange={(event) => edit({ fontFamily: event.target.value })}>
            {(fonts.includes(style.fontFamily) ? fonts : [style.fontFamily, ...fonts]).map((font) => (
              <option key={font}>{font}</option>
            ))}
          </select>
        </label>
        <label>
          Font size (points)
          <input
            type="number"
            min={8}
            max={24}
            step={0.5}
            value={style.fontSize}
            onChange={(event) => event.target.value && edit({ fontSize: Number(event.target.value) })}
          />
        </label>
        <label>
          Dates
          <select value={style.dateStyle} onChange={(event) => edit({ dateStyle: event.target.value as HouseStyle['dateStyle'] })}>
            <option value="plain">25 March 2021</option>
            <option value="ordinal">25th March 2021</option>
          </select>
        </label>
        <label>
          Generated sentences name people
          <select value={style.referTo} onChange={(event) => edit({ referTo: event.target.value as HouseStyle['referTo'] })}>
            <option value="name">by name (“Joanne Stowell”)</option>
            <option value="role">by role (“the Assistant Director: Public Protection”)</option>
          </select>
        </label>
      </div>
      <label className="part2-wording">
        Reason given for Part 2 items ({'{paragraph}'} becomes the paragraph number)
        <textarea rows={2} value={style.part2Wording} onChange={(event) => edit({ part2Wording: event.target.value })} />
      </label>
    </section>
  );
}
