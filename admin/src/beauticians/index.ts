import FaceRetouchingNaturalIcon from "@mui/icons-material/FaceRetouchingNatural"
import { BeauticianList } from "./beautician-list"
import { BeauticianShow } from "./beautician-show"

/** A studio's beauticians: standing, skills and certifications, today's load, performance, hours and time off. */
export default { list: BeauticianList, show: BeauticianShow, icon: FaceRetouchingNaturalIcon, recordRepresentation: "display_name" }
