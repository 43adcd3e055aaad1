import { z } from 'zod';
import { characterProblem, notesLimits } from './limits.ts';

// Notes are stored as the editor's own JSON (ProseMirror document shape), restricted to what the
// minutes can carry: paragraphs, bold/italic/underline, bulleted and numbered lists.

export const markSchema = z.object({ type: z.enum(['bold', 'italic', 'underline']) });

export const inlineSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string().min(1), marks: z.array(markSchema).max(3).optional() }),
  z.object({ type: z.literal('hardBreak') }),
]);

export type Mark = z.infer<typeof markSchema>;
export type InlineNode = z.infer<typeof inlineSchema>;

export type ParagraphNode = { type: 'paragraph'; content?: InlineNode[] };
export type ListItemNode = { type: 'listItem'; content: BlockNode[] };
export type ListNode = {
  type: 'bulletList' | 'orderedList';
  attrs?: { start?: number };
  content: ListItemNode[];
};
export type BlockNode = ParagraphNode | ListNode;
export type RichText = { type: 'doc'; content: BlockNode[] };

const paragraphSchema = z.object({
  type: z.literal('paragraph'),
  content: z.array(inlineSchema).optional(),
});

const blockSchema: z.ZodType<BlockNode> = z.lazy(() =>
  z.discriminatedUnion('type', [paragraphSchema, bulletListSchema, orderedListSchema]),
);

const listItemSchema: z.ZodType<ListItemNode> = z.object({
  type: z.literal('listItem'),
  content: z.array(blockSchema),
});

const bulletListSchema = z.object({
  type: z.literal('bulletList'),
  content: z.array(listItemSchema).min(1),
});

const orderedListSchema = z.object({
  type: z.literal('orderedList'),
  attrs: z.object({ start: z.number().int().min(0).max(100_000).optional() }).optional(),
  content: z.array(listItemSchema).min(1),
});

const documentSchema: z.ZodType<RichText> = z.object({
  type: z.literal('doc'),
  content: z.array(blockSchema),
});

/**
 * Notes as the editor sends them. The size, depth and characters are checked first, by a walk
 * that never recurses, so a document nested thousands deep or with 200,000 paragraphs is refused
 * at once instead of overflowing the stack or holding the process up in the structural check.
 */
export const richTextSchema: z.ZodType<RichText, unknown> = z
  .unknown()
  .superRefine((value, context) => {
    const problem = notesShapeProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  })
  .pipe(documentSchema);

const blocksMessage = `Notes have more than ${notesLimits.blocks.toLocaleString('en-GB')} paragraphs and list items.`;
const inlineMessage = `Notes have more than ${notesLimits.inlineNodes.toLocaleString('en-GB')} pieces of formatted text.`;

/** Why these notes exceed the limits or hold a character that cannot be stored, or null. */
export function notesShapeProblem(value: unknown): string | null {
  let blocks = 0;
  let inlines = 0;
  let characters = 0;
  const pending: { node: unknown; listDepth: number }[] = [{ node: value, listDepth: 0 }];
  while (pending.length) {
    const { node, listDepth } = pending.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    const { type, text, content } = node as { type?: unknown; text?: unknown; content?: unknown };
    let depth = listDepth;
    if (type === 'bulletList' || type === 'orderedList') {
      depth += 1;
      if (depth > notesLimits.listDepth) return `Notes have lists nested more than ${notesLimits.listDepth} deep.`;
    }
    if (type === 'paragraph' || type === 'listItem' || type === 'bulletList' || type === 'orderedList') {
      blocks += 1;
      if (blocks > notesLimits.blocks) return blocksMessage;
    }
    if (type === 'text' || type === 'hardBreak') {
      inlines += 1;
      if (inlines > notesLimits.inlineNodes) return inlineMessage;
    }
    if (typeof text === 'string') {
      characters += text.length;
      if (characters > notesLimits.characters) return `Notes are too long (at most ${notesLimits.characters.toLocaleString('en-GB')} characters).`;
      const problem = characterProblem(text, 'Notes');
      if (problem) return problem;
    }
    if (Array.isArray(content)) {
      // Refused before walking, so a million-entry array costs nothing.
      if (type === 'paragraph' && content.length > notesLimits.inlineNodes) return inlineMessage;
      if (type !== 'paragraph' && content.length > notesLimits.blocks) return blocksMessage;
      for (const child of content) pending.push({ node: child, listDepth: depth });
    } else if (typeof content === 'object' && content !== null) {
      // Not a valid shape either way, but walk it so its depth cannot hurt the structural check.
      pending.push({ node: content, listDepth: depth + 1 });
    }
  }
  return null;
}

export const emptyRichText = (): RichText => ({ type: 'doc', content: [{ type: 'paragraph' }] });

export function richTextFromParagraphs(paragraphs: string[]): RichText {
  return {
    type: 'doc',
    content: paragraphs.map((text) =>
      text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' },
    ),
  };
}

/** Plain text of a document, one line per paragraph or list item: for search and word counts. */
export function richTextToPlain(doc: RichText): string {
  const lines: string[] = [];
  const walk = (blocks: BlockNode[]) => {
    for (const block of blocks) {
      if (block.type === 'paragraph') {
        lines.push(
          (block.content ?? []).map((node) => (node.type === 'text' ? node.text : '\n')).join(''),
        );
      } else {
        for (const item of block.content) walk(item.content);
      }
    }
  };
  walk(doc.content);
  return lines.join('\n');
}

export function isRichTextEmpty(doc: RichText): boolean {
  return richTextToPlain(doc).trim() === '';
}
