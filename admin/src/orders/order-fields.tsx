import { Box, Typography } from "@mui/material"
import ReceiptLongIcon from "@mui/icons-material/ReceiptLong"
import { useLocaleState, useRecordContext, useTranslate, type FieldProps } from "react-admin"
import type { HttpTypes } from "@medusajs/types"
import { formatCny } from "../money"

export function OrderTotalField(_props: Partial<FieldProps>) {
  const record = useRecordContext<HttpTypes.AdminOrder>()
  const [locale] = useLocaleState()
  return record ? <span>{formatCny(record.total, locale)}</span> : null
}

/** What a merchant sees before the first booking: what will appear here, not a blank table. */
export function OrdersEmpty() {
  const translate = useTranslate()
  return (
    <Box sx={{ textAlign: "center", m: 6, color: "text.secondary" }}>
      <ReceiptLongIcon sx={{ fontSize: 64, opacity: 0.4 }} />
      <Typography variant="h6" sx={{ mt: 1 }}>
        {translate("resources.orders.empty")}
      </Typography>
      <Typography variant="body2">{translate("resources.orders.empty_hint")}</Typography>
    </Box>
  )
}
