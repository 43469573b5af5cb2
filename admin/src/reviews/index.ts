export { ReviewModerationPage } from "./review-moderation"
