import type { RichTextBlock } from "@/lib/cms"

/** Renders the paragraphs of Strapi's blocks format; other block types show their text plainly. */
export function RichText({ blocks }: { blocks: RichTextBlock[] }) {
  return (
    <>
      {blocks.map((block, index) => (
        <p key={index}>{block.children?.map((child) => child.text ?? "").join("")}</p>
      ))}
    </>
  )
}
