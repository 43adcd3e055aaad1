import { ActionReviewsSection } from '../action-log/ActionReviewsSection.tsx';
import { DeclarationsSection } from '../declarations/DeclarationsSection.tsx';
import { itemKinds, type ItemKind, type Member } from '../../../shared/domain.ts';
import { kindLabels } from '../committees/AgendaTemplateEditor.tsx';
import { ActionsSection } from '../actions/ActionsSection.tsx';
import type { NumberedItem } from '../agenda/AgendaPanel.tsx';
import { recordOf, useOpenMeeting } from '../meetings/open-meeting.ts';
import type { MeetingActions } from '../meetings/useMeeting.ts';
import { ResolutionsSection } from '../resolutions/ResolutionsSection.tsx';
import { GeneratedSentences } from './GeneratedSentences.tsx';
import { PapersSection } from './PapersSection.tsx';
import { Part2Field } from './Part2Field.tsx';
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
  const detail = useOpenMeeting(item.meetingId);
  const record = recordOf(detail, item.id);
  const isPart2 = record.part2 !== null || (item.parentId !== null && recordOf(detail, item.parentId).part2 !== null);
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
        {isPart2 && (
          <span className="part2-badge" title="Not for publication: the public minutes give only the reason">
            Part 2
          </span>
        )}
      </div>
      <PresentersField presenters={item.presenters} members={members} onChange={(presenters) => actions.saveItemFields(item, { presenters })} />
      <RichTextEditor
        label="Notes"
        initialContent={actions.notesOf(item)}
        onChange={(notes) => actions.saveNotes(item.id, notes)}
        onBlur={onLeaveField}
        registerFocus={registerNotesFocus}
      />
      {detail && (
        <div className="item-minutes">
          <DeclarationsSection item={item} actions={actions} />
          <ActionReviewsSection item={item} actions={actions} />
          <ResolutionsSection item={item} record={record} actions={actions} />
          <ActionsSection item={item} record={record} detail={detail} actions={actions} />
        </div>
      )}
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
      {detail && (
        <div className="item-minutes">
          <PapersSection item={item} record={record} actions={actions} />
          <GeneratedSentences item={item} detail={detail} actions={actions} />
          <Part2Field item={item} record={record} detail={detail} actions={actions} />
        </div>
      )}
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
