export { freePort, startApp, type RunningApp } from "../../scripts/lib/app-process";
