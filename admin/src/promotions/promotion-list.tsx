import LocalOfferIcon from "@mui/icons-material/LocalOffer"
import { Button, useMediaQuery, type Theme } from "@mui/material"
import {
  CreateButton, Datagrid, FunctionField, List, SearchInput, SelectInput, SimpleList, TextField, TopToolbar, useLocaleState, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate, useUpdate,
} from "react-admin"
import { EmptyState } from "../common/fields"
import { NeedsStudio } from "../layout/studio-picker"
import { can, type Staff } from "../roles"
import { DiscountField, PeriodField, StateChip, UsesField, discountText, periodText, usesText } from "./promotion-fields"
import type { Promotion } from "./types"

/** Deactivates a running code (or turns a deactivated one back on) without opening it. */
export function SwitchButton() {
  const record = useRecordContext<Promotion>()
  const translate = useTranslate()
  const notify = useNotify()
  const refresh = useRefresh()
  const [update, { isPending }] = useUpdate()
  if (!record) return null
  const next = record.status === "active" ? "inactive" : "active"
  return (
    <Button
      size="small"
      disabled={isPending}
      onClick={(event) => {
        event.stopPropagation()
        update(
          "promotions",
          { id: record.id, data: { status: next }, previousData: record },
          {
            mutationMode: "pessimistic",
            onSuccess: () => {
              notify(`resources.promotions.${next === "inactive" ? "deactivated" : "activated"}`, { type: "info" })
              refresh()
            },
            onError: (error) => notify((error as Error).message, { type: "error" }),
          },
        )
      }}
    >
      {translate(`resources.promotions.${next === "inactive" ? "deactivate" : "activate"}`)}
    </Button>
  )
}

function ListActions({ writes }: { writes: boolean }) {
  return <TopToolbar>{writes ? <CreateButton /> : null}</TopToolbar>
}

/**
 * A studio's codes (its staff read them, its manager writes them); the
 * platform's admins see every studio's beside the platform's own.
 */
export function PromotionList() {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"))
  const { permissions } = usePermissions<Staff>()
  const [locale] = useLocaleState()
  const translate = useTranslate()
  const writes = can(permissions, "promotions", "write")
  const platform = permissions?.role === "platform_admin"
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" label="resources.promotions.fields.status" alwaysOn choices={["active", "inactive"].map((s) => ({ id: s, name: translate(`resources.promotions.switch.${s}`) }))} />,
    ...(platform ? [<SelectInput key="owner" source="owner" label="resources.promotions.fields.studio" choices={[{ id: "platform", name: translate("resources.promotions.platform") }, { id: "studios", name: translate("resources.merchants.name", { smart_count: 2, _: "Studios" }) }]} />] : []),
  ]
  const list = (
    <List filters={filters} actions={<ListActions writes={writes} />} sort={{ field: "created_at", order: "DESC" }} perPage={25} empty={false}>
      {isSmall ? (
        <SimpleList<Promotion>
          primaryText={(r) => `${r.code} · ${discountText(r, locale)}`}
          secondaryText={(r) => `${periodText(r, locale, translate)} · ${usesText(r, translate)}`}
          tertiaryText={(r) => translate(`resources.promotions.status.${r.state}`)}
          linkType={writes ? "edit" : false}
        />
      ) : (
        <Datagrid rowClick={writes ? "edit" : false} bulkActionButtons={false} empty={<EmptyState icon={<LocalOfferIcon />} title="resources.promotions.empty" hint="resources.promotions.empty_hint" />}>
          <TextField source="code" />
          {platform ? <FunctionField label="resources.promotions.fields.studio" sortable={false} render={(r: Promotion) => r.studio_name ?? r.merchant_handle ?? translate("resources.promotions.platform")} /> : null}
          <FunctionField label="resources.promotions.fields.kind" sortable={false} render={(r: Promotion) => translate(`resources.promotions.kind.${r.kind}`)} />
          <DiscountField label="resources.promotions.fields.value" />
          <PeriodField label="resources.promotions.fields.period" />
          <UsesField label="resources.promotions.fields.uses" />
          <StateChip label="resources.promotions.fields.state" />
          {writes ? <SwitchButton /> : null}
        </Datagrid>
      )}
    </List>
  )
  return platform ? list : <NeedsStudio>{list}</NeedsStudio>
}
