import { z } from 'zod';

// Notes are stored as the editor's own JSON (ProseMirror document shape), restricted to what the
// minutes can carry: paragraphs, bold/italic/underline, bulleted and numbered lists.

export const markSchema = z.object({ type: z.enum(['bold', 'italic', 'underline']) });

export const inlineSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string().min(1), marks: z.array(markSchema).optional() }),
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

export const richTextSchema: z.ZodType<RichText> = z.object({
  type: z.literal('doc'),
  content: z.array(blockSchema),
});

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
