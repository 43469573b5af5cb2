import type { ReactNode } from "react"
import { mediaUrl, type RichTextBlock, type RichTextInline } from "@/lib/cms"

/** Text with its marks; a link opens outside the app, safely. */
function Inline({ node }: { node: RichTextInline }): ReactNode {
  if (node.type === "link" && node.url && /^https?:\/\//.test(node.url)) {
    return (
      <a href={node.url} className="text-link" target="_blank" rel="noopener noreferrer">
        {node.children?.map((child, i) => <Inline key={i} node={child} />)}
      </a>
    )
  }
  let text: ReactNode = node.text ?? node.children?.map((child, i) => <Inline key={i} node={child} />) ?? ""
  if (node.code) text = <code>{text}</code>
  if (node.bold) text = <strong>{text}</strong>
  if (node.italic) text = <em>{text}</em>
  if (node.underline) text = <u>{text}</u>
  if (node.strikethrough) text = <s>{text}</s>
  return text
}

const inlines = (block: { children?: RichTextInline[] }) => block.children?.map((child, i) => <Inline key={i} node={child} />)

/**
 * Renders Strapi's blocks format: paragraphs, headings (one level under the
 * page's own heading, `headingFrom` for the first), lists, quotes, code and
 * images from the cms's media; other block types show their text plainly.
 */
export function RichText({ blocks, headingFrom = 2 }: { blocks: RichTextBlock[]; headingFrom?: number }) {
  return (
    <>
      {blocks.map((block, index) => {
        switch (block.type) {
          case "heading": {
            const Heading = `h${Math.min(6, headingFrom + (block.level ?? 1) - 1)}` as "h2"
            return <Heading key={index}>{inlines(block)}</Heading>
          }
          case "list": {
            const List = block.format === "ordered" ? "ol" : "ul"
            return (
              <List key={index}>
                {block.children?.map((item, i) => (
                  <li key={i}>{inlines(item)}</li>
                ))}
              </List>
            )
          }
          case "quote":
            return <blockquote key={index}>{inlines(block)}</blockquote>
          case "code":
            return (
              <pre key={index}>
                <code>{block.children?.map((child) => child.text ?? "").join("")}</code>
              </pre>
            )
          case "image":
            return block.image ? (
              <img
                key={index}
                className="rich-image"
                src={mediaUrl(block.image.url)}
                alt={block.image.alternativeText ?? ""}
                width={block.image.width ?? undefined}
                height={block.image.height ?? undefined}
                loading="lazy"
              />
            ) : null
          default:
            return <p key={index}>{inlines(block)}</p>
        }
      })}
    </>
  )
}
