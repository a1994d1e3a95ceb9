/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and wasm packages are loaded by Node at run time instead of being bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg", "ioredis", "rate-limiter-flexible", "mathjs"],
  poweredByHeader: false,
  // Types are checked by `npm run typecheck` (CI runs it before building); skipping the second
  // check keeps the first `npm start` quicker.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
};
export default nextConfig;
