import PaymentsIcon from "@mui/icons-material/Payments"
import { WithdrawalList } from "./withdrawal-list"

/** Beauticians' withdrawals, for the platform's finance: approve, pay (with the transfer's reference), reject with a reason. */
export default { list: WithdrawalList, icon: PaymentsIcon }
