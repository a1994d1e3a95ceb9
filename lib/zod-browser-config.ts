// Zod compiles object parsers with `new Function` when it may; the page's CSP forbids eval, and
// even zod's caught probe for it is reported as a violation. The root layout runs this in an
// inline script before any bundle, so every parse in the browser, however early, is jitless
// (zod keeps its configuration on globalThis).
export const ZOD_JITLESS_SCRIPT = "(globalThis.__zod_globalConfig ??= {}).jitless = true;";
