import { Alert, Box, Button, Card, CardContent, FormControlLabel, Radio, RadioGroup, Stack, TextField, Typography } from "@mui/material"
import { useState } from "react"
import { Title, useDataProvider, useNotify, useTranslate } from "react-admin"
import type { ApiError } from "../api"
import type { DoorstepDataProvider } from "../data-provider"

/**
 * Support hides a review (or shows it again), always with a reason; the
 * beautician's rating follows at once. The review comes by its id (from a
 * customer's ticket or a report).
 */
export function ReviewModerationPage() {
  const translate = useTranslate()
  const notify = useNotify()
  const dataProvider = useDataProvider<DoorstepDataProvider>()
  const [id, setId] = useState("")
  const [hidden, setHidden] = useState("true")
  const [reason, setReason] = useState("")
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null)
  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setResult(null)
    try {
      await dataProvider.act("reviews", "moderate", id.trim(), { hidden: hidden === "true", reason: reason.trim() })
      const text = hidden === "true" ? "resources.reviews.hidden_done" : "resources.reviews.shown_done"
      notify(text, { type: "success" })
      setResult({ ok: true, text })
      setReason("")
    } catch (e) {
      setResult({ ok: false, text: (e as ApiError).message })
    } finally {
      setBusy(false)
    }
  }
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 640 }}>
      <Title title={translate("resources.reviews.name")} />
      <Card>
        <CardContent component="form" onSubmit={submit}>
          <Typography variant="h6" component="h2">
            {translate("resources.reviews.title")}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate("resources.reviews.hint")}
          </Typography>
          <Stack spacing={2}>
            <TextField required label={translate("resources.reviews.fields.id")} value={id} onChange={(e) => setId(e.target.value)} />
            <RadioGroup row value={hidden} onChange={(e) => setHidden(e.target.value)}>
              <FormControlLabel value="true" control={<Radio />} label={translate("resources.reviews.hide")} />
              <FormControlLabel value="false" control={<Radio />} label={translate("resources.reviews.show")} />
            </RadioGroup>
            <TextField required multiline minRows={3} label={translate("doorstep.action.reason")} value={reason} onChange={(e) => setReason(e.target.value)} helperText={translate("doorstep.action.min_length", { min: 2 })} />
            <Button type="submit" variant="contained" disabled={busy || !id.trim() || reason.trim().length < 2} sx={{ minHeight: 44, alignSelf: "flex-start" }}>
              {translate("resources.reviews.submit")}
            </Button>
            {result ? <Alert severity={result.ok ? "success" : "error"}>{translate(result.text)}</Alert> : null}
          </Stack>
        </CardContent>
      </Card>
    </Box>
  )
}
