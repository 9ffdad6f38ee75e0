// The claim pipeline, composed in one place: text in, claims with spans out. Pure: no database, no file
// system, no React. Each step lives in its own file with a table-driven test.
export * from "./types";

export { extractClaims, type ExtractOptions } from "./extract";

export { groupClaims } from "./grouping";
