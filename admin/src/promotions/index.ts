import LocalOfferIcon from "@mui/icons-material/LocalOffer"
import { PromotionCreate, PromotionEdit } from "./promotion-form"
import { PromotionList } from "./promotion-list"
import type { Promotion } from "./types"

/** Promotion codes (M10): a studio's for its own services, the platform's for any. Every staff member reads them; the manager writes. */
const recordRepresentation = (record: Promotion) => record.code
export default { list: PromotionList, edit: PromotionEdit, create: PromotionCreate, icon: LocalOfferIcon, recordRepresentation }
export const readOnly = { list: PromotionList, icon: LocalOfferIcon, recordRepresentation }
