import { useState } from 'react';
import { itemKinds, type Committee, type ItemKind, type TemplateItem } from '../../../shared/domain.ts';
import { api } from '../api.ts';
import { useSaveQueue } from '../saving/SaveContext.tsx';

export const kindLabels: Record<ItemKind, string> = {
  general: 'Ordinary item',
  welcome: 'Welcome',
  apologies: 'Apologies for absence',
  declarations: 'Declarations of interest',
  'previous-minutes': 'Minutes of the previous meeting',
  'matters-arising': 'Matters arising',
  'any-other-business': 'Any other business',
  'next-meeting': 'Date of next meeting',
};

/** The committee's standard items: every new meeting's agenda starts from this list. */
export function AgendaTemplateEditor({ committee, onChange }: { committee: Committee; onChange: (committee: Committee) => void }) {
  const queue = useSaveQueue();
  const [newTitle, setNewTitle] = useState('');
  const items = committee.agendaTemplate;

  const save = (agendaTemplate: TemplateItem[]) => {
    onChange({ ...committee, agendaTemplate });
    // Blank titles are kept on screen while typing but not sent: a template item needs a title.
    const complete = agendaTemplate.filter((item) => item.title.trim() !== '');
    queue.schedule(`template:${committee.id}`, () => api.updateCommittee({ committeeId: committee.id, agendaTemplate: complete }));
  };
  const replace = (index: number, item: TemplateItem) => save(items.map((candidate, i) => (i === index ? item : candidate)));
  const move = (index: number, direction: -1 | 1) => {
    const next = [...items];
    const [moved] = next.splice(index, 1);
    next.splice(index + direction, 0, moved!);
    save(next);
  };

  return (
    <section aria-labelledby="template-heading">
      <h2 id="template-heading">Standard agenda</h2>
      <p className="hint">New meetings start with these items; each meeting’s agenda can then be edited freely.</p>
      <ol className="template-list">
        {items.map((item, index) => (
          <li key={index}>
            <span className="template-number">{index + 1}</span>
            <input aria-label={`Title of standard item ${index + 1}`} value={item.title} onChange={(event) => replace(index, { ...item, title: event.target.value })} />
            <select aria-label={`Purpose of standard item ${index + 1}`} value={item.kind} onChange={(event) => replace(index, { ...item, kind: event.target.value as ItemKind })}>
              {itemKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {kindLabels[kind]}
                </option>
              ))}
            </select>
            <button type="button" className="icon" aria-label={`Move standard item ${index + 1} up`} disabled={index === 0} onClick={() => move(index, -1)}>
              ↑
            </button>
            <button type="button" className="icon" aria-label={`Move standard item ${index + 1} down`} disabled={index === items.length - 1} onClick={() => move(index, 1)}>
              ↓
            </button>
            <button type="button" className="icon" aria-label={`Remove standard item ${index + 1}`} onClick={() => save(items.filter((_, i) => i !== index))}>
              ✕
            </button>
          </li>
        ))}
      </ol>
      <form
        className="form-row"
        onSubmit={(event) => {
          event.preventDefault();
          if (!newTitle.trim()) return;
          save([...items, { title: newTitle.trim(), kind: 'general' }]);
          setNewTitle('');
        }}
      >
        <label>
          New standard item
          <input value={newTitle} onChange={(event) => setNewTitle(event.target.value)} placeholder="e.g. Crime performance dashboard" />
        </label>
        <button type="submit">Add standard item</button>
      </form>
    </section>
  );
}
