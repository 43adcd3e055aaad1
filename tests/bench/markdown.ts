import type { Inline, MinutesBlock, MinutesDocument } from '../../shared/compose/model.ts';

// pandoc is the yardstick for the Word export: it converts these Markdown minutes, the same text
// and structure, so both benches that compare with it give it the same input.

/** The composed minutes as Markdown, so pandoc converts the same text and structure. */
export function toMarkdown(minutes: MinutesDocument): string {
  const runs = (inlines: Inline[]) =>
    inlines
      .map((run) => {
        if ('lineBreak' in run) return '\\\n';
        let text = run.text.replace(/([*_\\`[\]#<>])/g, '\\$1');
        if (run.bold) text = `**${text}**`;
        if (run.italic) text = `*${text}*`;
        return text;
      })
      .join('');
  const block = (item: MinutesBlock, indent = ''): string => {
    if (item.kind === 'paragraph') return `${indent}${runs(item.runs)}\n`;
    if (item.kind === 'resolution') return [runs(item.runs), ...item.parts.map((part) => `${part.label} ${runs(part.runs)}`)].join('\n\n') + '\n';
    return item.items
      .map((entry, index) => `${indent}${item.ordered ? `${item.start + index}.` : '-'} ${entry.map((inner) => block(inner, `${indent}   `).trim()).join('\n\n')}`)
      .join('\n') + '\n';
  };
  const lines = [`# ${minutes.title}`, '', minutes.subtitle, ''];
  for (const group of minutes.attendance) lines.push(`**${group.heading}**`, '', ...group.lineGroups.flat().map((line) => `${line}  `), '');
  for (const item of minutes.items) {
    lines.push(`## ${item.number} ${item.title}`, '');
    for (const section of item.sections) for (const inner of section.blocks) lines.push(block(inner));
  }
  if (minutes.closing.endedSentence) lines.push(minutes.closing.endedSentence, '');
  return lines.join('\n');
}
