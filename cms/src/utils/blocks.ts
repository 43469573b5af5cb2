/** The subset of Strapi's rich-text "blocks" format that plain paragraphs become. */
export interface TextNode {
  type: 'text';
  text: string;
}

export interface ParagraphBlock {
  type: 'paragraph';
  children: TextNode[];
}

/** Paragraphs of plain text → Strapi blocks; blank paragraphs are dropped. */
export function paragraphsToBlocks(paragraphs: readonly string[]): ParagraphBlock[] {
  return paragraphs
    .map((text) => text.trim())
    .filter((text) => text.length > 0)
    .map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
}
