import StorefrontIcon from "@mui/icons-material/Storefront"
import { MerchantList } from "./merchant-list"
import { MerchantShow } from "./merchant-show"

/** Studios, for the platform: the verification queue, each studio's licence, decisions and commission plan. */
export default { list: MerchantList, show: MerchantShow, icon: StorefrontIcon, recordRepresentation: "name" }
