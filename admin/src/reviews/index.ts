import RateReviewIcon from "@mui/icons-material/RateReview"
import { ReviewList } from "./review-list"
import { ReviewShow } from "./review-show"

/** Customers' reviews: a studio's staff read and reply to their studio's; support and the platform read every studio's and moderate. */
export default { list: ReviewList, show: ReviewShow, icon: RateReviewIcon, recordRepresentation: "text" }
