import ReceiptLongIcon from "@mui/icons-material/ReceiptLong"
import { OrderList } from "./order-list"
import { OrderShow } from "./order-show"

export default { list: OrderList, show: OrderShow, icon: ReceiptLongIcon }
