import {
  ArrayInput, Create, DeleteButton, Edit, NumberInput, RadioButtonGroupInput, SaveButton, SelectInput, SimpleForm, SimpleFormIterator, TextInput, Toolbar,
  maxValue, minValue, number, regex, required, useTranslate,
} from "react-admin"
import { Typography } from "@mui/material"
import { CATEGORIES } from "./types"

/** Prices are entered in yuan and kept in fen, as the route takes them. */
const yuan = {
  format: (fen: number | null | undefined) => (fen === null || fen === undefined ? "" : String(fen / 100)),
  parse: (value: string) => (value === "" || Number.isNaN(Number(value)) ? null : Math.round(Number(value) * 100)),
}
const price = [required(), number(), minValue(100, "resources.studio-services.validation.price"), maxValue(1_000_000, "resources.studio-services.validation.price")]
const minutes = [required(), minValue(15), maxValue(480), regex(/^\d*[05]$/, "resources.studio-services.validation.minutes")]
const words = (max: number) => [required(), regex(new RegExp(`^[\\s\\S]{2,${max}}$`), "resources.studio-services.validation.words")]

function CommonInputs() {
  const translate = useTranslate()
  return (
    <>
      <TextInput source="title.zh-CN" label="resources.studio-services.fields.title_zh" validate={words(60)} fullWidth />
      <TextInput source="title.en" label="resources.studio-services.fields.title_en" validate={words(60)} fullWidth />
      <TextInput source="subtitle.zh-CN" label="resources.studio-services.fields.subtitle_zh" fullWidth />
      <TextInput source="subtitle.en" label="resources.studio-services.fields.subtitle_en" fullWidth />
      <SelectInput source="category" validate={required()} choices={CATEGORIES.map((c) => ({ id: c, name: translate(`resources.studio-services.categories.${c}`) }))} />
      <RadioButtonGroupInput source="status" choices={["draft", "published"].map((s) => ({ id: s, name: translate(`resources.studio-services.status.${s}`) }))} />
    </>
  )
}

/** A subtitle is sent only when both languages are there (the route takes both or none). */
const withSubtitle = (data: Record<string, unknown>) => {
  const subtitle = data.subtitle as { "zh-CN"?: string; en?: string } | null | undefined
  const { subtitle: _drop, ...rest } = data
  return subtitle?.["zh-CN"] && subtitle.en ? { ...rest, subtitle } : rest
}

export function StudioServiceCreate() {
  return (
    <Create redirect="show" transform={withSubtitle}>
      <SimpleForm defaultValues={{ status: "draft", variants: [{ duration_minutes: 60 }] }}>
        <CommonInputs />
        <ArrayInput source="variants" label="resources.studio-services.fields.variants">
          <SimpleFormIterator inline disableReordering>
            <TextInput source="title.zh-CN" label="resources.studio-services.fields.variant_zh" validate={words(40)} helperText={false} />
            <TextInput source="title.en" label="resources.studio-services.fields.variant_en" validate={words(40)} helperText={false} />
            <NumberInput source="duration_minutes" label="resources.studio-services.fields.duration" validate={minutes} step={5} helperText={false} />
            <NumberInput source="price_fen" label="resources.studio-services.fields.price" validate={price} {...yuan} helperText={false} />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
    </Create>
  )
}

/** Only a duration's minutes and price change here (by the variant's id); a new duration is a new service. */
const editTransform = (data: Record<string, unknown>) => {
  const out = withSubtitle(data)
  const variants = data.variants as Array<{ id: string; duration_minutes: number; price_fen: number }> | undefined
  return { ...out, ...(variants ? { variants: variants.map(({ id, duration_minutes, price_fen }) => ({ id, duration_minutes, price_fen })) } : {}) }
}

function EditToolbar() {
  return (
    <Toolbar sx={{ justifyContent: "space-between" }}>
      <SaveButton />
      <DeleteButton mutationMode="pessimistic" confirmContent="resources.studio-services.delete_hint" />
    </Toolbar>
  )
}

export function StudioServiceEdit() {
  const translate = useTranslate()
  return (
    <Edit mutationMode="pessimistic" redirect="show" transform={editTransform}>
      <SimpleForm toolbar={<EditToolbar />}>
        <CommonInputs />
        <Typography variant="subtitle2">{translate("resources.studio-services.fields.variants")}</Typography>
        <ArrayInput source="variants" label={false}>
          <SimpleFormIterator inline disableAdd disableRemove disableReordering>
            <TextInput source="title.zh-CN" label="resources.studio-services.fields.variant_zh" disabled helperText={false} />
            <NumberInput source="duration_minutes" label="resources.studio-services.fields.duration" validate={minutes} step={5} helperText={false} />
            <NumberInput source="price_fen" label="resources.studio-services.fields.price" validate={price} {...yuan} helperText={false} />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
    </Edit>
  )
}
