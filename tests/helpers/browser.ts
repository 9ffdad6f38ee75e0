export { CHROMIUM, launchBrowser } from "../../scripts/lib/browser";
