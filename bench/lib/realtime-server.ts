// The app's realtime layer alone, for bench/autosave.ts: `store` appends every update to
// PostgreSQL before acknowledging (as the app does); `ack-only` validates and acknowledges
// without storing (the baseline). Usage: tsx bench/lib/realtime-server.ts <port> <store|ack-only>
import { createServer } from "node:http";
import { connectPostgres } from "../../db/client";
import { attachRealtime } from "../../lib/realtime/server";
import { checkUpdate } from "../../lib/sessions/document/append-update";

const [port, mode] = [Number(process.argv[2]), process.argv[3]];
const handle = connectPostgres(process.env.DATABASE_URL!, 20);
const http = createServer((_req, res) => res.writeHead(404).end());
attachRealtime(http, {
  secret: process.env.NEXTAUTH_SECRET!,
  db: handle.db,
  appendUpdate:
    mode === "ack-only"
      ? async (_db, input) => {
          checkUpdate(input.update);
          return { seq: 0 };
        }
      : undefined,
});
http.listen(port, "127.0.0.1", () => console.log(`ready ${mode} on ${port}`));
process.on("SIGTERM", () => http.close(() => void handle.close().then(() => process.exit(0))));
