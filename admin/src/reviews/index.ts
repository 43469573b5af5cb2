import RateReviewIcon from "@mui/icons-material/RateReview"
import { ReviewList, type Review } from "./review-list"
import { ReviewShow } from "./review-show"

/** Customers' reviews (titled by stars and beautician: the text is too long for a phone's app bar): a studio's staff read and reply to their studio's; support and the platform read every studio's and moderate. */
export default { list: ReviewList, show: ReviewShow, icon: RateReviewIcon, recordRepresentation: (r: Review) => `${r.rating}★ · ${r.beautician.display_name ?? r.beautician.id}` }
