import AddIcon from "@mui/icons-material/Add"
import DeleteIcon from "@mui/icons-material/Delete"
import PercentIcon from "@mui/icons-material/Percent"
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel, IconButton, Radio, RadioGroup, Stack, TextField } from "@mui/material"
import { useState } from "react"
import { useDataProvider, useNotify, useRefresh, useTranslate } from "react-admin"
import type { ApiError, Schemas } from "../api"
import type { DoorstepDataProvider } from "../data-provider"

interface TierRow {
  from_yuan: string
  rate_percent: string
}

/**
 * The platform changes a studio's commission plan: a flat percent, or tiers by
 * the month's gross (entered in yuan and percent, sent in fen and basis points),
 * always with a reason. Earnings booked from then on follow it.
 */
export function CommissionDialog({ merchant }: { merchant: Schemas["Merchant"] }) {
  const translate = useTranslate()
  const dataProvider = useDataProvider<DoorstepDataProvider>()
  const notify = useNotify()
  const refresh = useRefresh()
  const [open, setOpen] = useState(false)
  const [mode, setMode] = useState<"flat" | "tiers">(merchant.commission_tiers?.length ? "tiers" : "flat")
  const [plan, setPlan] = useState(merchant.commission_plan)
  const [percent, setPercent] = useState(String(merchant.commission_percent))
  const [beautician, setBeautician] = useState(String(merchant.beautician_percent))
  const [tiers, setTiers] = useState<TierRow[]>(
    merchant.commission_tiers?.map((t) => ({ from_yuan: String(t.from_fen / 100), rate_percent: String(t.rate_bp / 100) })) ?? [{ from_yuan: "0", rate_percent: String(merchant.commission_percent) }],
  )
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    setBusy(true)
    setError(null)
    try {
      await dataProvider.act("merchants", "commission", merchant.handle, {
        ...(plan ? { plan } : {}),
        ...(mode === "flat"
          ? { commission_percent: Number(percent) }
          : { tiers: tiers.map((t) => ({ from_fen: Math.round(Number(t.from_yuan) * 100), rate_bp: Math.round(Number(t.rate_percent) * 100) })) }),
        beautician_percent: Number(beautician),
        reason: reason.trim(),
      })
      notify("resources.merchants.commission.done", { type: "success" })
      setOpen(false)
      refresh()
    } catch (e) {
      setError((e as ApiError).message)
    } finally {
      setBusy(false)
    }
  }
  const setTier = (index: number, change: Partial<TierRow>) => setTiers((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)))

  return (
    <>
      <Button variant="outlined" startIcon={<PercentIcon />} onClick={() => setOpen(true)} sx={{ minHeight: 44 }}>
        {translate("resources.merchants.commission.edit")}
      </Button>
      <Dialog open={open} onClose={() => !busy && setOpen(false)} fullWidth maxWidth="sm" aria-labelledby="commission-title">
        <DialogTitle id="commission-title">{translate("resources.merchants.commission.title", { name: merchant.name })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 1 }}>{translate("resources.merchants.commission.hint")}</DialogContentText>
          <TextField fullWidth margin="dense" label={translate("resources.merchants.commission.plan")} value={plan} onChange={(e) => setPlan(e.target.value)} helperText={translate("resources.merchants.commission.plan_hint")} />
          <RadioGroup row value={mode} onChange={(e) => setMode(e.target.value as "flat" | "tiers")}>
            <FormControlLabel value="flat" control={<Radio />} label={translate("resources.merchants.commission.flat")} />
            <FormControlLabel value="tiers" control={<Radio />} label={translate("resources.merchants.commission.tiers")} />
          </RadioGroup>
          {mode === "flat" ? (
            <TextField type="number" margin="dense" label={translate("resources.merchants.commission.percent")} value={percent} onChange={(e) => setPercent(e.target.value)} slotProps={{ htmlInput: { min: 0, max: 50, step: 0.5 } }} />
          ) : (
            <Stack spacing={1}>
              {tiers.map((tier, index) => (
                <Stack direction="row" spacing={1} key={index} sx={{ alignItems: "center" }}>
                  <TextField type="number" size="small" label={translate("resources.merchants.commission.from_yuan")} value={tier.from_yuan} disabled={index === 0} onChange={(e) => setTier(index, { from_yuan: e.target.value })} />
                  <TextField type="number" size="small" label={translate("resources.merchants.commission.rate_percent")} value={tier.rate_percent} onChange={(e) => setTier(index, { rate_percent: e.target.value })} />
                  {index > 0 ? (
                    <IconButton aria-label={translate("ra.action.remove")} onClick={() => setTiers((rows) => rows.filter((_, i) => i !== index))}>
                      <DeleteIcon />
                    </IconButton>
                  ) : null}
                </Stack>
              ))}
              <Button startIcon={<AddIcon />} onClick={() => setTiers((rows) => [...rows, { from_yuan: "", rate_percent: "" }])} sx={{ alignSelf: "flex-start" }}>
                {translate("resources.merchants.commission.add_tier")}
              </Button>
            </Stack>
          )}
          <TextField fullWidth type="number" margin="dense" label={translate("resources.merchants.commission.beautician_percent")} value={beautician} onChange={(e) => setBeautician(e.target.value)} slotProps={{ htmlInput: { min: 0, max: 100 } }} />
          <TextField fullWidth required multiline minRows={2} margin="dense" label={translate("doorstep.action.reason")} value={reason} onChange={(e) => setReason(e.target.value)} />
          {error ? (
            <DialogContentText role="alert" sx={{ color: "error.main" }}>
              {translate(error)}
            </DialogContentText>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={busy} sx={{ minHeight: 44 }}>
            {translate("ra.action.cancel")}
          </Button>
          <Button variant="contained" onClick={submit} disabled={busy || reason.trim().length < 2} sx={{ minHeight: 44 }}>
            {translate("ra.action.save")}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  )
}
