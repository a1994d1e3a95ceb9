import { e2eDatabase } from "./e2e-database.mjs";

export default async function globalTeardown() {
  // The web server is stopped before this runs, so the database is free to drop.
  await e2eDatabase()?.drop();
}
