import { Box } from "@mui/material"
import { Title, useTranslate } from "react-admin"
import { NeedsStudio, useStudioHandle } from "../layout/studio-picker"
import { EarningsPanel } from "./earnings-panel"

export function EarningsPage() {
  const handle = useStudioHandle()
  const translate = useTranslate()
  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Title title={translate("resources.earnings.name")} />
      <NeedsStudio>{handle ? <EarningsPanel handle={handle} /> : null}</NeedsStudio>
    </Box>
  )
}
