import PolicyIcon from "@mui/icons-material/Policy"
import { AccessLogList } from "./access-log-list"

/** The access log (C11): who in the back office read whose personal data. Platform admins only, read-only. */
export default { list: AccessLogList, icon: PolicyIcon }
