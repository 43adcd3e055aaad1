import { useRef, useState, type FormEvent } from 'react';
import { resolutionForms, type Phrase, type PhraseInsert, type ResolutionForm } from '../../../shared/domain.ts';
import { leadWords } from '../../../shared/wording.ts';
import { describeError } from '../api.ts';
import { FormOutcome } from '../app/Layout.tsx';
import { insertLabels, type Wording } from './wording-kinds.ts';

/** A new wording: resolution or sentence, its lead word, and the words; parts are added on its row. */
export function NewPhraseForm({ onAdd }: { onAdd: (wording: Wording) => Promise<Phrase> }) {
  const [inserts, setInserts] = useState<PhraseInsert>('resolution');
  const [form, setForm] = useState<ResolutionForm>('resolved');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [added, setAdded] = useState('');
  const textRef = useRef<HTMLTextAreaElement>(null);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (isBusy) return;
    if (!text.trim()) {
      setError('Type the wording first.');
      textRef.current?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const phrase = await onAdd({ inserts, form: inserts === 'resolution' ? form : null, text: text.trim(), parts: [] });
      setText('');
      setAdded(`Added as wording ${phrase.position + 1}.`);
      textRef.current?.focus();
    } catch (failure) {
      setError(`The wording could not be added: ${describeError(failure).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="new-phrase" aria-label="New wording" onSubmit={submit}>
      <h3>Add a wording</h3>
      <div className="phrase-lead">
        <label>
          Kind
          <select value={inserts} onChange={(event) => setInserts(event.target.value as PhraseInsert)}>
            {(Object.keys(insertLabels) as PhraseInsert[]).map((candidate) => (
              <option key={candidate} value={candidate}>
                {insertLabels[candidate]}
              </option>
            ))}
          </select>
        </label>
        {inserts === 'resolution' && (
          <label>
            Lead word
            <select value={form} onChange={(event) => setForm(event.target.value as ResolutionForm)}>
              {resolutionForms.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {leadWords[candidate]}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="new-phrase-text">
          {inserts === 'resolution' ? 'Wording after the lead word' : 'Sentence'}
          <textarea
            ref={textRef}
            rows={1}
            value={text}
            placeholder={inserts === 'resolution' ? 'that the report on {item} be noted.' : 'The Chairman thanked officers for the report.'}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              // One line is the usual wording: Enter adds it, Shift+Enter still breaks the line.
              if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey) {
                event.preventDefault();
                void submit();
              }
            }}
          />
        </label>
        <button type="submit" className="primary" disabled={isBusy}>
          {isBusy ? 'Adding…' : 'Add wording'}
        </button>
      </div>
      <FormOutcome error={error} done={added} />
    </form>
  );
}
