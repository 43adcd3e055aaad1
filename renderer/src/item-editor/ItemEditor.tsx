import { useCallback, useEffect, useRef, useState } from 'react';
import { ActionReviewsSection } from '../action-log/ActionReviewsSection.tsx';
import { DeclarationsSection } from '../declarations/DeclarationsSection.tsx';
import { itemKinds, type ItemKind, type Member, type Phrase } from '../../../shared/domain.ts';
import { fillPhrase } from '../../../shared/phrases.ts';
import { describeError } from '../api.ts';
import { ErrorMessage } from '../app/Layout.tsx';
import { kindLabels } from '../committees/AgendaTemplateEditor.tsx';
import { ActionsSection } from '../actions/ActionsSection.tsx';
import { guessOwner } from '../actions/guess-owner.ts';
import type { ActionDraft } from '../actions/NewActionForm.tsx';
import type { NumberedItem } from '../agenda/AgendaPanel.tsx';
import { recordOf, useOpenMeeting } from '../meetings/open-meeting.ts';
import type { MeetingActions } from '../meetings/useMeeting.ts';
import { PhrasePicker } from '../phrase-bank/PhrasePicker.tsx';
import { ResolutionsSection, type InsertedResolution } from '../resolutions/ResolutionsSection.tsx';
import { GeneratedSentences } from './GeneratedSentences.tsx';
import { PapersSection } from './PapersSection.tsx';
import { Part2Field } from './Part2Field.tsx';
import { PresentersField } from './PresentersField.tsx';
import { completerFor } from './meeting-completer.ts';
import { openAbbreviations, openCommitteeAbbreviations } from '../abbreviations/committee-abbreviations.ts';
import { useFieldCompletion } from './useFieldCompletion.tsx';
import { RichTextEditor, type NotesHandle } from './RichTextEditor.tsx';

/** The phrase picker's one shortcut: Ctrl+Shift+Space (⌘⇧Space on a Mac). */
const isPhrasePickerKey = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && (event.code === 'Space' || event.key === ' ');

/** Where the picker was opened from: the focus goes back there, and a resolution goes in after the one being written. */
type PickerOrigin = { element: HTMLElement | null; isInNotes: boolean; afterResolutionId: string | undefined };

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
  const notes = useRef<NotesHandle | null>(null);
  const registerNotes = useCallback((handle: NotesHandle | null) => void (notes.current = handle), []);
  const [pickerOrigin, setPickerOrigin] = useState<PickerOrigin | null>(null);
  const [inserted, setInserted] = useState<InsertedResolution | null>(null);
  const [insertError, setInsertError] = useState<string | null>(null);
  const titleCompletion = useFieldCompletion((title) => actions.saveItemFields(item, { title }));
  const committeeId = detail?.meeting.committeeId;
  useEffect(() => {
    if (committeeId) openCommitteeAbbreviations(committeeId);
  }, [committeeId]);
  // The committee's words start loading as soon as an item is open, not at the first key in the
  // notes: a title or a resolution may be typed first, and its completion draws on the same words.
  useEffect(() => {
    if (detail) completerFor(detail);
  }, [detail]);

  const openPicker = useCallback(() => {
    const element = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const resolution = element?.closest<HTMLElement>('[data-resolution-id]');
    setInsertError(null);
    setPickerOrigin({ element, isInNotes: !!notes.current?.contains(element), afterResolutionId: resolution?.dataset.resolutionId });
  }, []);

  const returnFocus = (origin: PickerOrigin) => {
    if (origin.isInNotes) notes.current?.focus();
    else if (origin.element?.isConnected) origin.element.focus();
  };

  // Ctrl+Shift+A in the notes: the sentence at the caret becomes an action, its owner guessed from the names in it.
  const [actionDraft, setActionDraft] = useState<ActionDraft | null>(null);
  const takeDraft = useCallback(() => setActionDraft(null), []);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const isActionKey = (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'a';
      if (!isActionKey || !notes.current?.contains(document.activeElement) || !detail) return;
      event.preventDefault();
      event.stopPropagation();
      const description = notes.current.sentenceAtCaret();
      setActionDraft({ description, owner: guessOwner(description, detail.attendance) });
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [detail]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Not over another dialog (export, shortcuts) or the picker itself.
      if (!isPhrasePickerKey(event) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      event.stopPropagation();
      openPicker();
    };
    // Capture: ahead of the notes editor, where Shift+Space would type a space.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [openPicker]);

  const insert = async (phrase: Phrase, origin: PickerOrigin) => {
    setPickerOrigin(null);
    if (!detail) return;
    const filled = fillPhrase(phrase, detail, item.id);
    if (filled.inserts === 'sentence' || !filled.form) {
      notes.current?.insertSentence(filled.text);
      return;
    }
    try {
      const resolution = await actions.addResolution(item.id, origin.afterResolutionId, {
        form: filled.form,
        text: filled.text.text,
        parts: filled.parts.map((part) => part.text),
      });
      setInserted({ resolutionId: resolution.id, fields: [filled.text, ...filled.parts] });
    } catch (failure) {
      setInsertError(`The wording could not be added as a resolution: ${describeError(failure).message}`);
      returnFocus(origin);
    }
  };
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
          aria-describedby={`title-hint-${item.id}`}
          onChange={(event) => {
            actions.saveItemFields(item, { title: event.target.value });
            titleCompletion.onChange(event);
          }}
          onKeyDown={(event) => {
            if (titleCompletion.onKeyDown(event)) return;
            // One key from the title to the notes, past the presenters and the formatting buttons.
            if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey) {
              event.preventDefault();
              notes.current?.focus();
            }
          }}
          onBlur={() => {
            titleCompletion.onBlur();
            onLeaveField();
          }}
        />
        {titleCompletion.tip}
        <span id={`title-hint-${item.id}`} className="visually-hidden">
          Enter goes to the notes.
        </span>
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
        onChange={(read) => actions.saveNotes(item.id, read)}
        onBlur={onLeaveField}
        registerFocus={registerNotesFocus}
        registerHandle={registerNotes}
        getCompleter={() => (detail ? completerFor(detail) : null)}
        getAbbreviations={openAbbreviations}
        tools={
          <button type="button" onClick={openPicker} title="Insert a wording from the phrase bank (Ctrl+Shift+Space)" aria-keyshortcuts="Control+Shift+Space">
            Insert wording…
          </button>
        }
      />
      {insertError && <ErrorMessage message={insertError} />}
      {pickerOrigin && detail && (
        <PhrasePicker
          detail={detail}
          itemId={item.id}
          onChoose={(phrase) => void insert(phrase, pickerOrigin)}
          onCancel={() => {
            setPickerOrigin(null);
            returnFocus(pickerOrigin);
          }}
        />
      )}
      {detail && (
        <div className="item-minutes">
          <DeclarationsSection item={item} actions={actions} />
          <ActionReviewsSection item={item} actions={actions} />
          <ResolutionsSection item={item} record={record} detail={detail} actions={actions} inserted={inserted} onInsertHandled={() => setInserted(null)} />
          <ActionsSection item={item} record={record} detail={detail} actions={actions} draft={actionDraft} onDraftTaken={takeDraft} />
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
