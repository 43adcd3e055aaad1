import type { DiffRun } from '../../../shared/compare.ts';

/** Unchanged words kept either side of a change when a paragraph is shortened. */
const contextWords = 12;

function splitParagraphs(runs: DiffRun[]): DiffRun[][] {
  const paragraphs: DiffRun[][] = [[]];
  for (const run of runs) {
    run.text.split('\n').forEach((piece, index) => {
      if (index > 0) paragraphs.push([]);
      if (piece) paragraphs[paragraphs.length - 1]!.push({ kind: run.kind, text: piece });
    });
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0);
}

/** Long unchanged stretches cut down to the words around the changes. */
function shorten(paragraph: DiffRun[]): DiffRun[] {
  return paragraph.map((run, index) => {
    if (run.kind !== 'same') return run;
    const words = run.text.split(/(?<=\s)/);
    if (words.length <= contextWords * 2) return run;
    const isFirst = index === 0;
    const isLast = index === paragraph.length - 1;
    if (isFirst) return { kind: 'same', text: `… ${words.slice(-contextWords).join('')}` };
    if (isLast) return { kind: 'same', text: `${words.slice(0, contextWords).join('')} …` };
    return { kind: 'same', text: `${words.slice(0, contextWords).join('')} … ${words.slice(-contextWords).join('')}` };
  });
}

/**
 * Word-level changes inline: taken-out words struck through, new words underlined, each also
 * said in words to a screen reader ("deleted: …", "inserted: …"), so colour is never the only sign.
 * "\n" in the runs separates paragraphs. `isCondensed` leaves out paragraphs with no change (saying
 * how many) and shortens long unchanged stretches, so a one-word change in a long minute is found.
 */
export function DiffText({ runs, isCondensed = false }: { runs: DiffRun[]; isCondensed?: boolean }) {
  const paragraphs = splitParagraphs(runs);
  const shown: (DiffRun[] | number)[] = [];
  for (const paragraph of paragraphs) {
    const isChanged = paragraph.some((run) => run.kind !== 'same');
    if (!isCondensed || isChanged) shown.push(isCondensed ? shorten(paragraph) : paragraph);
    else if (typeof shown[shown.length - 1] === 'number') (shown[shown.length - 1] as number)++;
    else shown.push(1);
  }
  return (
    <div className="diff-text">
      {shown.map((paragraph, at) =>
        typeof paragraph === 'number' ? (
          <p key={at} className="diff-unchanged">
            ({paragraph} unchanged {paragraph === 1 ? 'paragraph' : 'paragraphs'})
          </p>
        ) : (
          <p key={at}>
            {paragraph.map((run, index) => {
              if (run.kind === 'same') return <span key={index}>{run.text}</span>;
              const Tag = run.kind === 'inserted' ? 'ins' : 'del';
              return (
                <Tag key={index}>
                  <span className="visually-hidden">{run.kind === 'inserted' ? '[inserted: ' : '[deleted: '}</span>
                  {run.text}
                  <span className="visually-hidden">]</span>
                </Tag>
              );
            })}
          </p>
        ),
      )}
    </div>
  );
}
