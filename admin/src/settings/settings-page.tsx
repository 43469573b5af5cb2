import { Box, Card, CardContent, Typography } from "@mui/material"
import {
  ArrayInput,
  Edit,
  FormDataConsumer,
  Loading,
  NumberInput,
  RadioButtonGroupInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Title,
  Toolbar,
  SaveButton,
  maxValue,
  minValue,
  regex,
  required,
  useGetIdentity,
  usePermissions,
  useRecordContext,
  useTranslate,
} from "react-admin"
import type { Schemas } from "../api"
import { NeedsStudio, useStudioHandle } from "../layout/studio-picker"
import { can, type Staff } from "../roles"

type Settings = Schemas["StudioSettings"]

const clock = [required(), regex(/^([01]\d|2[0-3]):[0-5]\d$/, "resources.settings.validation.clock")]
const hours = [required(), minValue(0), maxValue(168)]
const percent = [required(), minValue(0), maxValue(100)]
/** Districts are typed as one line, separated by commas or 、. */
const districts = {
  format: (list: string[] | null | undefined) => (list ?? []).join("、"),
  parse: (text: string) =>
    text
      .split(/[,，、]/)
      .map((d) => d.trim())
      .filter(Boolean),
}

/** What the route takes: a location only when whole, a deposit percent only with a deposit; the commission plan is the platform's. */
function toBody(data: Record<string, unknown>) {
  const { commission: _c, commission_plan: _p, id: _id, location, payment, ...rest } = data as Settings & { id: string }
  const body: Record<string, unknown> = { ...rest }
  if (location && location.lat !== null && location.lng !== null && location.address)
    body.location = { lat: Number(location.lat), lng: Number(location.lng), address: location.address }
  if (payment)
    body.payment = payment.mode === "deposit" ? { mode: "deposit", deposit_percent: Number((payment as { deposit_percent?: number }).deposit_percent) } : { mode: "full" }
  return body
}

function CommissionNote() {
  const record = useRecordContext<Settings>()
  const translate = useTranslate()
  if (!record) return null
  const plan = record.commission_plan
  return (
    <Card variant="outlined" sx={{ width: "100%" }}>
      <CardContent>
        <Typography variant="subtitle2">{translate("resources.settings.commission", { name: plan.name })}</Typography>
        {plan.tiers.map((tier) => (
          <Typography key={tier.from_fen} variant="body2">
            {translate("resources.merchants.tier_line", { from: (tier.from_fen / 100).toLocaleString(), rate: tier.rate_bp / 100 })}
          </Typography>
        ))}
        <Typography variant="body2">{translate("resources.merchants.beautician_line", { rate: plan.beautician_percent })}</Typography>
        <Typography variant="caption" color="text.secondary">
          {translate("resources.settings.commission_hint")}
        </Typography>
      </CardContent>
    </Card>
  )
}

function Section({ title, hint }: { title: string; hint?: string }) {
  const translate = useTranslate()
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="h6" component="h2">
        {translate(title)}
      </Typography>
      {hint ? (
        <Typography variant="body2" color="text.secondary">
          {translate(hint)}
        </Typography>
      ) : null}
    </Box>
  )
}

function SettingsForm({ editable }: { editable: boolean }) {
  const translate = useTranslate()
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ id: d, name: translate(`resources.settings.weekdays.${d}`) }))
  return (
    <SimpleForm
      toolbar={
        editable ? (
          <Toolbar>
            <SaveButton />
          </Toolbar>
        ) : (
          false
        )
      }
      disabled={!editable}
    >
      {/* Staff read the settings: every input and button inside is disabled by the browser itself. */}
      <Box component="fieldset" disabled={!editable} sx={{ border: 0, m: 0, p: 0, minWidth: 0, width: "100%" }}>
        <Section title="resources.settings.sections.hours" />
        <ArrayInput source="opening_hours" label={false}>
          <SimpleFormIterator inline disableReordering disableAdd={!editable} disableRemove={!editable} disableClear={!editable}>
            <SelectInput source="weekday" label="resources.settings.fields.weekday" choices={weekdays} validate={required()} helperText={false} />
            <TextInput source="open" label="resources.settings.fields.open" validate={clock} helperText={false} placeholder="09:00" />
            <TextInput source="close" label="resources.settings.fields.close" validate={clock} helperText={false} placeholder="21:00" />
          </SimpleFormIterator>
        </ArrayInput>
        <Section title="resources.settings.sections.place" hint="resources.settings.place_hint" />
        <TextInput source="location.address" label="resources.settings.fields.address" fullWidth />
        <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap" }}>
          <NumberInput source="location.lat" label="resources.settings.fields.lat" validate={[minValue(-90), maxValue(90)]} />
          <NumberInput source="location.lng" label="resources.settings.fields.lng" validate={[minValue(-180), maxValue(180)]} />
        </Box>
        <TextInput source="service_districts" label="resources.settings.fields.service_districts" helperText="resources.settings.districts_hint" fullWidth {...districts} />
        <Section title="resources.settings.sections.cancellation" hint="resources.settings.cancellation_hint" />
        <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap" }}>
          <NumberInput source="cancellation_terms.free_until_hours" label="resources.settings.fields.free_until_hours" validate={hours} />
          <NumberInput source="cancellation_terms.late_fee_percent" label="resources.settings.fields.late_fee_percent" validate={percent} />
          <NumberInput source="cancellation_terms.reschedule_until_hours" label="resources.settings.fields.reschedule_until_hours" validate={hours} />
        </Box>
        <ArrayInput source="cancellation_terms.tiers" label="resources.settings.fields.tiers">
          <SimpleFormIterator inline disableReordering disableAdd={!editable} disableRemove={!editable} disableClear={!editable}>
            <NumberInput source="hours_before" label="resources.settings.fields.hours_before" validate={hours} helperText={false} />
            <NumberInput source="fee_percent" label="resources.settings.fields.fee_percent" validate={percent} helperText={false} />
          </SimpleFormIterator>
        </ArrayInput>
        <Section title="resources.settings.sections.payment" />
        <RadioButtonGroupInput source="payment.mode" label={false} choices={["full", "deposit"].map((m) => ({ id: m, name: translate(`resources.settings.payment.${m}`) }))} />
        <FormDataConsumer>
          {({ formData }) =>
            formData.payment?.mode === "deposit" ? (
              <NumberInput
                source="payment.deposit_percent"
                label="resources.settings.fields.deposit_percent"
                validate={[required(), minValue(10), maxValue(90)]}
                helperText="resources.settings.deposit_hint"
              />
            ) : null
          }
        </FormDataConsumer>
        <Section title="resources.settings.sections.commission" />
        <CommissionNote />
      </Box>
    </SimpleForm>
  )
}

/** The studio's settings: its manager changes them; its staff read them. */
export function SettingsPage() {
  const handle = useStudioHandle()
  const { permissions } = usePermissions<Staff>()
  const { isPending } = useGetIdentity()
  const translate = useTranslate()
  if (isPending) return <Loading />
  return (
    <>
      <Title title={translate("resources.settings.name")} />
      <NeedsStudio>
        {handle ? (
          <Edit resource="settings" id={handle} mutationMode="pessimistic" redirect={false} transform={toBody} title={" "} actions={false}>
            <SettingsForm editable={can(permissions, "settings", "write")} />
          </Edit>
        ) : null}
      </NeedsStudio>
    </>
  )
}
