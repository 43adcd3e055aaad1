import type { Phrase } from '../../../shared/domain.ts';
import { fillPlaceholders } from '../../../shared/phrases.ts';
import { leadWords } from '../../../shared/wording.ts';

/** A wording on one line as the minutes would print it, lead word in bold and the blanks marked. */
export function WordingText({ phrase }: { phrase: Pick<Phrase, 'inserts' | 'form' | 'text' | 'parts'> }) {
  const lead = phrase.inserts === 'resolution' ? leadWords[phrase.form ?? 'resolved'] : null;
  const parts = phrase.inserts === 'resolution' ? phrase.parts.map((part, index) => `${index + 1}) ${part}`) : [];
  const body = [phrase.text, ...parts].filter((piece) => piece.trim() !== '').join(' ');
  // With no values given, every placeholder comes back as a blank.
  const { placeholders } = fillPlaceholders(body, {});
  const pieces: { text: string; isBlank: boolean }[] = [];
  let at = 0;
  for (const { start, end } of placeholders) {
    if (start > at) pieces.push({ text: body.slice(at, start), isBlank: false });
    pieces.push({ text: body.slice(start, end), isBlank: true });
    at = end;
  }
  if (at < body.length) pieces.push({ text: body.slice(at), isBlank: false });
  return (
    <span className="wording-text">
      {lead && (
        <>
          <strong>{lead}</strong>{' '}
        </>
      )}
      {pieces.map((piece, index) =>
        piece.isBlank ? (
          <span key={index} className="wording-blank">
            {piece.text}
          </span>
        ) : (
          piece.text
        ),
      )}
    </span>
  );
}
