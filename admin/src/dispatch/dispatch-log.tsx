import { List, ListItem, ListItemText, Typography } from "@mui/material"
import { useEffect, useState } from "react"
import { useLocaleState, usePermissions, useTranslate } from "react-admin"
import { api, seg, type ApiError, type Schemas } from "../api"
import { formatTime } from "../common/fields"
import { can, type Staff } from "../roles"
import type { Position } from "./board-data"

type Offer = Schemas["DispatchOffer"]
type Decision = Schemas["DispatchDecision"]
const T = "resources.dispatch.log"

/**
 * An appointment's dispatch log: every decision (offered, declined, expired,
 * assigned by staff…) oldest first, with who and why. Beauticians are named
 * from the studio's board when the viewer may read it, else by a short id.
 */
export function DispatchLog({ appointmentId, studio, names: known }: { appointmentId: string; studio: string | null; names: Record<string, string> }) {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const { permissions } = usePermissions<Staff>()
  const [log, setLog] = useState<{ offers: Offer[]; decisions: Decision[] } | null>(null)
  const [names, setNames] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)
  const board = can(permissions, "dispatch")

  useEffect(() => {
    let gone = false
    api<{ offers: Offer[]; decisions: Decision[] }>("GET", `/admin/appointments/${seg(appointmentId)}/dispatch`)
      .then((answer) => !gone && setLog(answer))
      .catch((e: ApiError) => !gone && setError(e.message))
    if (board) {
      const query = permissions?.role === "platform_admin" && studio ? { merchant_handle: studio, limit: 1000 } : { limit: 1000 }
      api<{ positions: Position[] }>("GET", "/admin/dispatch/positions", { query })
        .then((answer) => !gone && setNames(Object.fromEntries(answer.positions.map((p) => [p.beautician_id, p.display_name]))))
        .catch(() => undefined)
    }
    return () => {
      gone = true
    }
  }, [appointmentId, studio, board, permissions?.role])

  if (error) return <Typography color="error">{translate(error)}</Typography>
  if (!log) return <Typography color="text.secondary">{translate("ra.page.loading")}</Typography>
  if (log.decisions.length === 0) return <Typography color="text.secondary">{translate(`${T}.none`)}</Typography>
  const who = (id: string | null) => (id ? (known[id] ?? names[id] ?? `…${id.slice(-6)}`) : "")
  const offerOf = new Map(log.offers.map((offer) => [offer.beautician_id, offer]))
  const actor = (text: string) => translate(`resources.appointments.actors.${text.split(":")[0]}`, { _: text })
  return (
    <List dense disablePadding aria-label={translate("resources.appointments.sections.dispatch")}>
      {log.decisions.map((decision) => {
        const offer = decision.beautician_id ? offerOf.get(decision.beautician_id) : undefined
        const reason = decision.reason ?? (decision.action === "declined" ? offer?.decline_reason : null)
        return (
          <ListItem key={decision.id} disableGutters>
            <ListItemText
              primary={translate(`${T}.actions.${decision.action}`, { name: who(decision.beautician_id), _: decision.action })}
              secondary={[formatTime(decision.created_at, locale), actor(decision.actor), reason].filter(Boolean).join(" · ")}
            />
          </ListItem>
        )
      })}
    </List>
  )
}
