/**
 * The report's rules as JSON text, made when the bundle is built: undefined here; the bundle script
 * (packages/cli/scripts/bundle.mjs) replaces this module in the bundled bin with the text
 * `rulesJsonText` gives for every plugin's rules, and the ids it was made from (docs/decisions/0033).
 */
export const BUILT_RULES: { readonly ids: readonly string[]; readonly text: string } | undefined = undefined;
