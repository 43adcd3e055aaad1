import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { resolutionForms, type Phrase, type PhraseInsert, type ResolutionForm } from '../../../shared/domain.ts';
import { leadWords } from '../../../shared/wording.ts';
import { NumberedPartsEditor, type PartFocus } from '../resolutions/NumberedPartsEditor.tsx';
import { insertLabels, type Wording } from './wording-kinds.ts';
import { MoveAndDeleteButtons } from '../app/MoveAndDeleteButtons.tsx';

type RowProps = {
  phrase: Phrase;
  number: number;
  isFirst: boolean;
  isLast: boolean;
  onSave: (changes: Partial<Wording>) => void;
  onMove: (direction: -1 | 1) => void;
  onDelete: () => void;
};

/** One wording of the bank, edited in place: its kind, lead word, words and numbered parts. */
export function PhraseRow({ phrase, number, isFirst, isLast, onSave, onMove, onDelete }: RowProps) {
  const { inserts, form, text, parts } = phrase;
  const name = `wording ${number}`;
  // Made a sentence by mistake and back again: the lead word and parts return.
  const asResolution = useRef<Pick<Wording, 'form' | 'parts'>>({ form: form ?? 'resolved', parts });
  const partRefs = useRef<(HTMLTextAreaElement | null)[]>([]);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const pendingFocus = useRef<PartFocus>(null);

  useLayoutEffect(() => {
    const focus = pendingFocus.current;
    pendingFocus.current = null;
    if (focus) (focus.part === 'text' ? textRef.current : partRefs.current[focus.part])?.focus();
  });

  const setInserts = (next: PhraseInsert) => {
    if (next === inserts) return;
    if (next === 'sentence') {
      asResolution.current = { form: form ?? 'resolved', parts };
      onSave({ inserts: next, form: null, parts: [] });
    } else onSave({ inserts: next, ...asResolution.current });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const direction = event.key === 'ArrowUp' ? -1 : 1;
    if ((direction < 0 && !isFirst) || (direction > 0 && !isLast)) onMove(direction);
  };

  return (
    <li className={`phrase-row phrase-row--${inserts}`} aria-label={`Wording ${number}`} onKeyDown={onKeyDown}>
      <span className="phrase-number" aria-hidden="true">
        {number}
      </span>
      <div className="phrase-editor">
        <div className="phrase-lead">
          <select aria-label={`Kind of ${name}`} value={inserts} onChange={(event) => setInserts(event.target.value as PhraseInsert)}>
            {(Object.keys(insertLabels) as PhraseInsert[]).map((candidate) => (
              <option key={candidate} value={candidate}>
                {insertLabels[candidate]}
              </option>
            ))}
          </select>
          {inserts === 'resolution' && (
            <select
              className="resolution-form"
              aria-label={`Lead word of ${name}`}
              value={form ?? 'resolved'}
              onChange={(event) => onSave({ form: event.target.value as ResolutionForm })}
            >
              {resolutionForms.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {leadWords[candidate]}
                </option>
              ))}
            </select>
          )}
          <textarea
            ref={textRef}
            aria-label={`Wording ${number}`}
            className="phrase-text"
            rows={1}
            value={text}
            placeholder={inserts === 'resolution' ? 'that the update be noted.' : 'There were no declarations of interest.'}
            onChange={(event) => onSave({ text: event.target.value })}
          />
        </div>
        {inserts === 'resolution' && parts.length > 0 && (
          <NumberedPartsEditor
            parts={parts}
            name={name}
            className="phrase-parts"
            partRefs={partRefs}
            onChange={(next, focus) => {
              pendingFocus.current = focus;
              onSave({ parts: next });
            }}
          />
        )}
        <div className="phrase-tools">
          {inserts === 'resolution' ? (
            <button
              type="button"
              className="quiet"
              aria-label={`Add a numbered part to ${name}`}
              onClick={() => {
                pendingFocus.current = { part: parts.length };
                onSave({ parts: [...parts, ''] });
              }}
            >
              + Numbered part
            </button>
          ) : (
            <span className="hint">Goes into the notes as it stands.</span>
          )}
          <MoveAndDeleteButtons name={name} className="phrase-tools-end" isFirst={isFirst} isLast={isLast} onMove={onMove} onDelete={onDelete} />
        </div>
      </div>
    </li>
  );
}
