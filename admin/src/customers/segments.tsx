import { Chip, Stack } from "@mui/material"
import { useTranslate } from "react-admin"

const SEGMENT_COLORS = { new: "info", regular: "success", lapsed_60: "warning" } as const

/** A customer's segments and the studio's tags, as small chips (segments filled, tags outlined). */
export function SegmentsAndTags({ segments, tags }: { segments: readonly string[]; tags: readonly string[] }) {
  const translate = useTranslate()
  if (!segments.length && !tags.length) return <span>—</span>
  return (
    <Stack direction="row" sx={{ gap: 0.5, flexWrap: "wrap" }}>
      {segments.map((s) => (
        <Chip key={s} size="small" color={SEGMENT_COLORS[s as keyof typeof SEGMENT_COLORS] ?? "default"} label={translate(`resources.customers.segments.${s}`, { _: s })} />
      ))}
      {tags.map((t) => (
        <Chip key={`tag-${t}`} size="small" variant="outlined" label={t} />
      ))}
    </Stack>
  )
}
