import {
  AutocompleteArrayInput, Create, DateTimeInput, DeleteButton, Edit, FormDataConsumer, NumberInput, RadioButtonGroupInput, ReferenceArrayInput, SaveButton, SimpleForm, TextInput, Toolbar,
  maxValue, minValue, regex, required, useLocaleState, usePermissions, useTranslate,
} from "react-admin"
import { titleIn } from "../studio-services/types"
import type { Staff } from "../roles"
import { SwitchButton } from "./promotion-list"

/** Money is typed in yuan and kept in fen, as the route takes it. */
const yuan = {
  // An untouched field holds "" (not null): it shows blank, never "0", which a minimum would then refuse.
  format: (fen: number | string | null | undefined) => (typeof fen === "number" && Number.isFinite(fen) ? String(fen / 100) : ""),
  // NumberInput hands over the number it read, or the raw text when it could not read one.
  parse: (value: number | string) => (value === "" || Number.isNaN(Number(value)) ? null : Math.round(Number(value) * 100)),
}
/** The picker shows the viewer's local time; the route takes the moment with its offset. */
const moment = {
  parse: (value: string) => (value ? new Date(value).toISOString() : null),
}
const code = [required(), regex(/^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$/, "resources.promotions.validation.code")]
const percent = [required(), minValue(1, "resources.promotions.validation.percent"), maxValue(100, "resources.promotions.validation.percent")]
const amount = [required(), minValue(1, "resources.promotions.validation.amount"), maxValue(10_000_000, "resources.promotions.validation.amount")]
const endsAfterStart = (value: string | null, values: { starts_at?: string | null }) =>
  value && values.starts_at && new Date(value) <= new Date(values.starts_at) ? "resources.promotions.validation.ends" : undefined

type ServiceChoice = { id: string; title: string | { "zh-CN": string; en: string | null } }

function PromotionInputs({ edit = false }: { edit?: boolean }) {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const { permissions } = usePermissions<Staff>()
  const platform = permissions?.role === "platform_admin"
  const serviceName = (s: ServiceChoice) => (typeof s.title === "string" ? s.title : titleIn(s.title, locale))
  return (
    <>
      <TextInput source="code" validate={code} helperText="resources.promotions.hints.code" parse={(v: string) => v.toUpperCase()} />
      <RadioButtonGroupInput source="kind" validate={required()} choices={["percentage", "fixed"].map((k) => ({ id: k, name: translate(`resources.promotions.kind.${k}`) }))} />
      <FormDataConsumer<{ kind?: string }>>
        {({ formData }) =>
          formData.kind === "percentage" ? (
            <NumberInput source="percent" validate={percent} min={1} max={100} step={1} />
          ) : (
            <NumberInput source="amount_fen" validate={amount} {...yuan} min={0.01} step={1} />
          )
        }
      </FormDataConsumer>
      {/* A studio names some of its own services; the platform any, or none for every service. */}
      <ReferenceArrayInput source="product_ids" reference={platform ? "services" : "studio-services"} perPage={200} sort={{ field: "id", order: "ASC" }}>
        <AutocompleteArrayInput
          optionText={serviceName}
          validate={platform || edit ? undefined : required("resources.promotions.validation.services")}
          helperText={platform ? "resources.promotions.hints.platform_products" : "resources.promotions.hints.product_ids"}
          fullWidth
        />
      </ReferenceArrayInput>
      <DateTimeInput source="starts_at" {...moment} helperText="resources.promotions.hints.period" />
      <DateTimeInput source="ends_at" {...moment} validate={endsAfterStart} helperText={false} />
      <NumberInput source="usage_limit" min={1} step={1} validate={minValue(1)} helperText="resources.promotions.hints.usage_limit" />
      <NumberInput source="budget_fen" {...yuan} min={1} validate={minValue(100)} helperText="resources.promotions.hints.budget_fen" />
    </>
  )
}

/** Only the amount of the chosen kind goes (the form keeps what was typed in the other while it is hidden). */
const oneAmount = (data: Record<string, unknown>) => {
  const { percent, amount_fen, ...rest } = data
  return data.kind === "percentage" ? { ...rest, percent } : { ...rest, amount_fen }
}
/** Empty optional fields are left out of a new code (the route takes them as absent, not as blank). */
const withoutBlanks = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(oneAmount(data)).filter(([, value]) => value !== null && value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0)))

export function PromotionCreate() {
  return (
    <Create redirect="list" transform={withoutBlanks}>
      <SimpleForm defaultValues={{ kind: "percentage" }}>
        <PromotionInputs />
      </SimpleForm>
    </Create>
  )
}

function EditToolbar() {
  return (
    <Toolbar sx={{ justifyContent: "space-between", gap: 1, flexWrap: "wrap" }}>
      <SaveButton />
      <SwitchButton />
      <DeleteButton mutationMode="pessimistic" confirmContent="resources.promotions.delete_hint" />
    </Toolbar>
  )
}

export function PromotionEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list" transform={oneAmount}>
      <SimpleForm toolbar={<EditToolbar />}>
        <PromotionInputs edit />
      </SimpleForm>
    </Edit>
  )
}
