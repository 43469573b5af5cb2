/**
 * Events about beauticians, for plugins that keep something of theirs in step
 * (the cms profile). Emitted on Medusa's event bus with `{ id }` of the
 * beautician, after the change is stored.
 */
export const BEAUTICIAN_EVENTS = {
  /** Someone applied to a studio: the beautician exists, pending approval. */
  created: "beautician.created",
  /** The studio and the platform approved them: active and bookable. */
  approved: "beautician.approved",
} as const
