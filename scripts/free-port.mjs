import { execFileSync } from "node:child_process";
import { createServer } from "node:net";

// Ports for servers that tests and benchmarks start. Always asked of the operating system:
// a random pick from a fixed range once landed on PostgreSQL's 5432 on the CI machine, which
// also runs Redis, RabbitMQ, NATS and MariaDB on their standard ports.

/** A port nothing listens on now, on any interface (the app listens on all of them). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The same, for configuration files that cannot wait (playwright.config.ts). */
export function freePortSync() {
  const script = `const s=require("node:net").createServer();s.listen(0,()=>{process.stdout.write(String(s.address().port));s.close()})`;
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
}
