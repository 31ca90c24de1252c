// The table the script-tag build writes (rollup.config.mjs): for each tag, the file of its chunk first, then every
// chunk that one imports, so they can all be fetched at once. Paths are relative to storelet.js.
declare module 'storelet:chunks' {
  /** `configure(apiUrl)`, and `<shop-provider>`: evaluated before any element. */
  export const boot: readonly string[];
  export const elements: Readonly<Record<string, readonly string[]>>;
}

// The admin build's table: the admin boot chunk first, then every chunk it imports. Relative to storelet-admin.js.
declare module 'storelet-admin:chunks' {
  export const boot: readonly string[];
}
