import type { DiffRun } from '../../../shared/compare.ts';

/**
 * Word-level changes inline: taken-out words struck through, new words underlined, each also
 * said in words to a screen reader ("deleted: …", "inserted: …"), so colour is never the only sign.
 * "\n" in the runs separates paragraphs.
 */
export function DiffText({ runs, className = 'diff-text' }: { runs: DiffRun[]; className?: string }) {
  const paragraphs: DiffRun[][] = [[]];
  for (const run of runs) {
    const pieces = run.text.split('\n');
    pieces.forEach((piece, index) => {
      if (index > 0) paragraphs.push([]);
      if (piece) paragraphs[paragraphs.length - 1]!.push({ kind: run.kind, text: piece });
    });
  }
  return (
    <div className={className}>
      {paragraphs
        .filter((paragraph) => paragraph.length > 0)
        .map((paragraph, at) => (
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
        ))}
    </div>
  );
}
