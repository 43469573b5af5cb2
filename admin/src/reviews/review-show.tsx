import { Alert, Box, Button, Card, CardContent, LinearProgress, Stack, TextField as MuiTextField, Typography } from "@mui/material"
import { useState, type ReactNode } from "react"
import { Show, TopToolbar, useDataProvider, useLocaleState, usePermissions, useRecordContext, useTranslate } from "react-admin"
import { ActionDialog } from "../common/action-dialog"
import { Line as LineOf, Section, formatTime } from "../common/fields"
import { useSend } from "../common/use-send"
import type { DoorstepDataProvider } from "../data-provider"
import { can, type Staff } from "../roles"
import { ReviewChips, Stars, type Review } from "./review-list"

const T = "resources.reviews"

const Line = ({ label, children }: { label: string; children: ReactNode }) => <LineOf label={`${T}.fields.${label}`}>{children}</LineOf>

/** Support (and the platform) hide a review or show it again, always with a reason. */
function Actions() {
  const record = useRecordContext<Review>()
  const { permissions } = usePermissions<Staff>()
  if (!record || !can(permissions, "reviews", "moderate")) return <TopToolbar />
  const hide = !record.hidden
  return (
    <TopToolbar>
      <ActionDialog
        resource="reviews"
        action="moderate"
        id={record.id}
        label={`${T}.moderate.${hide ? "hide" : "show"}`}
        color={hide ? "error" : "primary"}
        title={`${T}.moderate.${hide ? "hide" : "show"}_title`}
        description={`${T}.moderate.hint`}
        body={{ hidden: hide }}
        fields={[{ name: "reason", label: `${T}.moderate.reason`, required: true, minLength: 2, multiline: true }]}
        done={`${T}.moderate.${hide ? "hidden" : "shown"}_done`}
      />
    </TopToolbar>
  )
}

/** The studio answers a review once; the answer shows under it on the beautician's page. */
function ReplyForm({ review }: { review: Review }) {
  const translate = useTranslate()
  const dataProvider = useDataProvider<DoorstepDataProvider>()
  const { busy, error, send } = useSend()
  const [text, setText] = useState("")
  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const sent = await send(() => dataProvider.act("reviews", "reply", review.id, { text: text.trim() }, { sub: review.merchant_handle }), `${T}.reply.done`)
    if (sent) setText("")
  }
  return (
    <Box component="form" onSubmit={submit} sx={{ display: "flex", flexDirection: "column", gap: 1, maxWidth: 640 }}>
      <MuiTextField multiline minRows={3} required label={translate(`${T}.reply.label`)} helperText={translate(`${T}.reply.hint`)} value={text} onChange={(e) => setText(e.target.value)} slotProps={{ htmlInput: { maxLength: 1000 } }} />
      {error ? <Alert severity="error">{translate(error)}</Alert> : null}
      <Button type="submit" variant="contained" disabled={busy || text.trim().length < 2} sx={{ minHeight: 44, alignSelf: "flex-start" }}>
        {translate(`${T}.reply.submit`)}
      </Button>
    </Box>
  )
}

function ReviewDetail() {
  const review = useRecordContext<Review>()
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const { permissions } = usePermissions<Staff>()
  if (!review) return <LinearProgress />
  return (
    <Card>
      <CardContent>
        <Section title={`${T}.sections.review`}>
          <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 1, flexWrap: "wrap" }}>
            <Typography component="span" variant="h6">
              <Stars rating={review.rating} />
            </Typography>
            <ReviewChips review={review} />
          </Stack>
          <Typography sx={{ whiteSpace: "pre-wrap", mb: 1 }}>{review.text || translate(`${T}.no_text`)}</Typography>
          <Line label="beautician.display_name">{review.beautician.display_name ?? "—"}</Line>
          <Line label="service.title">{[review.service.title, review.service.option].filter(Boolean).join(" · ") || "—"}</Line>
          <Line label="created_at">{formatTime(review.created_at, locale)}</Line>
          <Line label="merchant_name">{review.merchant_name ?? review.merchant_handle}</Line>
        </Section>
        {review.photos.length ? (
          <Section title={`${T}.sections.photos`}>
            <Box sx={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(96px, 1fr))", gap: 1, maxWidth: 640 }}>
              {review.photos.map((photo, index) => (
                <a key={photo.url} href={photo.url} target="_blank" rel="noreferrer">
                  <img src={photo.thumbnail_url} alt={translate(`${T}.photo`, { n: index + 1 })} style={{ width: "100%", aspectRatio: "1", objectFit: "cover", borderRadius: 4 }} />
                </a>
              ))}
            </Box>
          </Section>
        ) : null}
        <Section title={`${T}.sections.reply`}>
          {review.reply ? (
            <Box sx={{ borderLeft: 3, borderColor: "divider", pl: 2 }}>
              <Typography sx={{ whiteSpace: "pre-wrap" }}>{review.reply}</Typography>
              <Typography variant="body2" color="text.secondary">
                {formatTime(review.replied_at, locale)}
              </Typography>
            </Box>
          ) : can(permissions, "reviews", "reply") ? (
            <ReplyForm review={review} />
          ) : (
            <Typography color="text.secondary">{translate(`${T}.chips.unanswered`)}</Typography>
          )}
        </Section>
        <Section title={`${T}.sections.moderation`}>
          {review.hidden ? <Alert severity="warning">{translate(`${T}.hidden_because`, { reason: review.hidden_reason ?? "—" })}</Alert> : <Typography>{translate(`${T}.visible`)}</Typography>}
        </Section>
      </CardContent>
    </Card>
  )
}

export function ReviewShow() {
  return (
    <Show actions={<Actions />} component="div">
      <ReviewDetail />
    </Show>
  )
}
