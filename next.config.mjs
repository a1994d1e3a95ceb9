/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and wasm packages are loaded by Node at run time instead of being bundled.
  // yjs must be one module instance shared with server.ts, which keeps session documents in memory.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg", "ioredis", "rate-limiter-flexible", "mathjs", "yjs"],
  poweredByHeader: false,
  // Types are checked by `npm run typecheck` (CI runs it before building); skipping the second
  // check keeps the first `npm start` quicker.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  turbopack: {
    resolveAlias: {
      // @codemirror/lang-markdown imports the HTML language (and through it the CSS and JavaScript
      // grammars) at its top level; the notes editor uses none of it (lib/notes/markdown-language.ts).
      "@codemirror/lang-html": { browser: "./lib/notes/lang-html-stub.ts" },
      // ... and @codemirror/autocomplete, for that HTML tag completion alone (turned off there too).
      "@codemirror/autocomplete": { browser: "./lib/notes/autocomplete-stub.ts" },
    },
  },
};
export default nextConfig;
