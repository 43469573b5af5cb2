export { Dashboard } from "./dashboard"
