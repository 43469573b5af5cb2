import englishMessages from "ra-language-english"
import { mergeTranslations, type TranslationMessages } from "react-admin"
import { errorsEn } from "./errors"
import { resourcesIn } from "./resources"

export const en: TranslationMessages = mergeTranslations(englishMessages, {
  ra: { notification: { item_doesnt_exist: "Not found: it may have been removed, or it is not your studio's." } },
  doorstep: {
    title: "Doorstep back office",
    tagline: "Studios, services and orders",
    auth: { no_role: "This account has no back-office role. Ask the platform to grant one." },
    action: { reason: "Reason", min_length: "At least %{min} characters" },
    studio: { pick: "Studio", all: "Choose a studio", none: "Choose a studio", none_hint: "Pick the studio to work on in the bar at the top." },
    language: { switch: "Switch to Chinese" },
    roles: { platform_admin: "Platform admin", merchant_manager: "Studio manager", merchant_staff: "Studio staff", support_agent: "Support" },
    errors: errorsEn,
  },
  resources: {
    ...resourcesIn("en"),
    services: {
      name: "Service |||| Services",
      fields: {
        title: "Service",
        category: "Category",
        variants: "Options",
        duration: "Duration",
        price: "Price",
        status: "Status",
        handle: "Handle",
        updated_at: "Updated",
      },
      status: { published: "Published", draft: "Draft", proposed: "Proposed", rejected: "Rejected" },
      minutes: "%{count} min",
    },
    orders: {
      name: "Order |||| Orders",
      fields: {
        display_id: "Order no.",
        email: "Customer",
        total: "Total",
        status: "Status",
        payment_status: "Payment",
        created_at: "Placed",
        items: "Items",
      },
      empty: "No orders yet",
      empty_hint: "Orders appear here as soon as customers book and pay.",
    },
  },
})
