import englishMessages from "ra-language-english"
import { mergeTranslations, type TranslationMessages } from "react-admin"

export const en: TranslationMessages = mergeTranslations(englishMessages, {
  doorstep: { title: "Doorstep back office", tagline: "Studios, services and orders" },
  resources: {
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
