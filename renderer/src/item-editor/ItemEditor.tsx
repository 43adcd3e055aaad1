import { itemKinds, type ItemKind, type Member } from '../../../shared/domain.ts';
import { kindLabels } from '../committees/AgendaTemplateEditor.tsx';
import type { NumberedItem } from '../agenda/AgendaPanel.tsx';
import type { MeetingActions } from '../meetings/useMeeting.ts';
import { PresentersField } from './PresentersField.tsx';
import { RichTextEditor } from './RichTextEditor.tsx';

type Props = {
  item: NumberedItem;
  members: Member[];
  actions: MeetingActions;
  onLeaveField: () => void;
  focusTitle: boolean;
  registerNotesFocus: (focus: () => void) => void;
};

export function ItemEditor({ item, members, actions, onLeaveField, focusTitle, registerNotesFocus }: Props) {
  return (
    <section className="item-editor" aria-label={`Item ${item.number}`} data-region="item">
      <div className="item-heading">
        <span className="item-number" aria-hidden="true">
          {item.number}
        </span>
        <input
          className="item-title"
          aria-label="Item title"
          value={item.title}
          placeholder="Item title"
          autoFocus={focusTitle}
          onChange={(event) => actions.saveItemFields(item, { title: event.target.value })}
          onBlur={onLeaveField}
        />
      </div>
      <PresentersField presenters={item.presenters} members={members} onChange={(presenters) => actions.saveItemFields(item, { presenters })} />
      <RichTextEditor
        label="Notes"
        initialContent={actions.notesOf(item)}
        onChange={(notes) => actions.saveNotes(item.id, notes)}
        onBlur={onLeaveField}
        registerFocus={registerNotesFocus}
      />
      <label className="post-meeting-note">
        Post-meeting note
        <textarea
          value={item.postMeetingNote}
          rows={2}
          placeholder="Added after the meeting; printed in italics as “(Post Meeting Note: …)”"
          onChange={(event) => actions.saveItemFields(item, { postMeetingNote: event.target.value })}
          onBlur={onLeaveField}
        />
      </label>
      <details className="item-settings">
        <summary>Item settings</summary>
        <label>
          Purpose
          <select value={item.kind} onChange={(event) => actions.saveItemFields(item, { kind: event.target.value as ItemKind })}>
            {itemKinds.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabels[kind]}
              </option>
            ))}
          </select>
        </label>
        <p className="hint">The purpose tells Proceedings where to write generated sentences, such as the apologies received.</p>
      </details>
    </section>
  );
}
