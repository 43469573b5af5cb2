import CheckIcon from "@mui/icons-material/Check"
import FaceRetouchingNaturalIcon from "@mui/icons-material/FaceRetouchingNatural"
import { Alert, Box, Button, CircularProgress, Grid, Link as MuiLink, Stack, Typography } from "@mui/material"
import { useEffect, useState } from "react"
import { FunctionField, Labeled, Show, SimpleShowLayout, TextField, TopToolbar, usePermissions, useRecordContext, useTranslate } from "react-admin"
import { Link } from "react-router-dom"
import { blobUrl, type ApiError } from "../api"
import { ActionDialog } from "../common/action-dialog"
import { StatusChip, TimeField } from "../common/fields"
import { FILES } from "../data-provider"
import { can, type Staff } from "../roles"
import { STATUS_COLORS, type Application } from "./types"

/** One of the applicant's photos, fetched with the staff member's token (never cached by the server) and shown large enough to check. */
function DocumentImage({ application, documentId, label }: { application: Application; documentId: string; label: string }) {
  const translate = useTranslate()
  const [src, setSrc] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let url: string | null = null
    blobUrl(FILES.applicationDocument(application.merchant_handle, application.id, documentId))
      .then((made) => setSrc((url = made)))
      .catch((e: ApiError) => setError(e.message))
    return () => {
      if (url) URL.revokeObjectURL(url)
    }
  }, [application.merchant_handle, application.id, documentId])
  return (
    <Box component="figure" sx={{ m: 0 }}>
      {error ? (
        <Alert severity="warning">{translate(error)}</Alert>
      ) : src ? (
        <MuiLink href={src} target="_blank" rel="noreferrer">
          <Box component="img" src={src} alt={label} sx={{ width: "100%", maxHeight: 360, objectFit: "contain", border: 1, borderColor: "divider", borderRadius: 1, bgcolor: "grey.50" }} />
        </MuiLink>
      ) : (
        <CircularProgress size={24} aria-label={translate("ra.page.loading")} />
      )}
      <Typography component="figcaption" variant="caption">
        {label}
      </Typography>
    </Box>
  )
}

function Documents() {
  const record = useRecordContext<Application>()
  const translate = useTranslate()
  if (!record) return null
  const certificateOf = (id: string) => record.certificates.find((c) => "document_id" in c && c.document_id === id)?.name
  const linked = record.certificates.filter((c): c is { name: string; url: string } => "url" in c)
  if (!record.documents?.length && !linked.length) return <Typography color="text.secondary">{translate("resources.beautician-applications.no_documents")}</Typography>
  return (
    <Grid container spacing={2}>
      {record.documents?.map((doc) => (
        <Grid key={doc.id} size={{ xs: 12, sm: 6, md: 4 }}>
          <DocumentImage application={record} documentId={doc.id} label={certificateOf(doc.id) ?? translate(`resources.beautician-applications.kinds.${doc.kind}`, { _: doc.kind })} />
        </Grid>
      ))}
      {linked.map((c) => (
        <Grid key={c.url} size={{ xs: 12, sm: 6, md: 4 }}>
          <MuiLink href={c.url} target="_blank" rel="noreferrer">
            <Box component="img" src={c.url} alt={c.name} sx={{ width: "100%", maxHeight: 360, objectFit: "contain", border: 1, borderColor: "divider", borderRadius: 1 }} />
          </MuiLink>
          <Typography variant="caption">{c.name}</Typography>
        </Grid>
      ))}
    </Grid>
  )
}

const reason = { name: "reason", label: "doorstep.action.reason", required: true, multiline: true, minLength: 2 }

/** The studio's manager decides a submitted application; the platform, one the studio approved. The beautician's own page (status, hours, suspending) is a click away. */
function Decisions() {
  const record = useRecordContext<Application>()
  const { permissions } = usePermissions<Staff>()
  const translate = useTranslate()
  if (!record) return null
  const stage = permissions?.role === "platform_admin" ? "merchant_approved" : "submitted"
  const mayDecide = can(permissions, "beautician-applications", "decide") && record.status === stage
  const common = { resource: "beautician-applications", action: "decide", id: record.id, done: "resources.beautician-applications.done" }
  return (
    <TopToolbar sx={{ flexWrap: "wrap", gap: 1 }}>
      {mayDecide ? (
        <>
          <ActionDialog {...common} label="resources.beautician-applications.actions.approve" color="success" variant="contained" icon={<CheckIcon />} title="resources.beautician-applications.actions.approve_title" description={`resources.beautician-applications.actions.approve_hint_${stage}`} body={{ decision: "approve" }} />
          <ActionDialog {...common} label="resources.beautician-applications.actions.reject" color="error" title="resources.beautician-applications.actions.reject_title" body={{ decision: "reject" }} fields={[reason]} />
        </>
      ) : null}
      {record.status !== "rejected" && can(permissions, "beauticians") ? (
        <Button component={Link} to={`/beauticians/${encodeURIComponent(record.beautician_id)}/show`} startIcon={<FaceRetouchingNaturalIcon />} sx={{ minHeight: 44 }}>
          {translate("resources.beautician-applications.actions.beautician")}
        </Button>
      ) : null}
    </TopToolbar>
  )
}

export function ApplicationShow() {
  return (
    <Show actions={<Decisions />}>
      <SimpleShowLayout>
        <TextField source="display_name" />
        <StatusChip resource="beautician-applications" source="status" colors={STATUS_COLORS} />
        <TextField source="status_reason" emptyText="—" />
        <FunctionField source="id_number_last4" render={(r: Application) => `•••• ${r.id_number_last4}`} />
        <TimeField source="background_check_consent_at" />
        <TextField source="bio" emptyText="—" />
        <TimeField source="created_at" />
        <Labeled label="resources.beautician-applications.fields.documents" fullWidth>
          <Stack>
            <Documents />
          </Stack>
        </Labeled>
      </SimpleShowLayout>
    </Show>
  )
}
