// The table the script-tag build writes (rollup.config.mjs): for each tag, the file of its chunk first, then every
// chunk that one imports, so they can all be fetched at once. Paths are relative to storelet.js.
declare module 'storelet:chunks' {
  /** `configure(apiUrl)`, and `<shop-provider>`: evaluated before any element. */
  export const boot: readonly string[];
  export const elements: Readonly<Record<string, readonly string[]>>;
}
