import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// nginx in front of app instances, for the cluster tests (vitest) and the browser tests
// (Playwright) alike, so this file imports nothing of the app.

import { freePort } from "../../scripts/free-port.mjs";

export { freePort };

const NGINX = "/usr/sbin/nginx";

/** nginx from Debian's package, installed when missing (the CI machine runs as root). */
export function ensureNginx(): string {
  if (existsSync(NGINX)) return NGINX;
  execFileSync("sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light"], { stdio: "inherit" });
  if (!existsSync(NGINX)) throw new Error("nginx is not installed and could not be installed: run apt-get install nginx-light");
  return NGINX;
}

export type Balancer = {
  url: string;
  port: number;
  stop: () => Promise<void>;
  log: () => string;
  /** The instance ports that answered socket.io WebSocket connections, from nginx's access log. */
  socketUpstreams: () => Set<number>;
};

/**
 * nginx, round-robin, in front of `ports`, running the configuration the README documents
 * (deploy/nginx-sdpractice.conf) with these ports put in.
 */
export async function startBalancer(ports: number[], listenOn?: number): Promise<Balancer> {
  const nginx = ensureNginx();
  const dir = mkdtempSync(path.join(tmpdir(), "sdp-nginx-"));
  const port = listenOn ?? (await freePort());
  const documented = readFileSync("deploy/nginx-sdpractice.conf", "utf8");
  // Each instance gets the settings the documented server lines carry.
  const serverSettings = /^\s*server 127\.0\.0\.1:300\d([^;]*);/m.exec(documented)?.[1] ?? "";
  const site = documented
    .replace(/^\s*server 127\.0\.0\.1:300\d.*\n/gm, "")
    .replace("upstream sdpractice {", `upstream sdpractice {\n${ports.map((p) => `    server 127.0.0.1:${p}${serverSettings};`).join("\n")}`)
    .replace("listen 8080;", `listen 127.0.0.1:${port};`);
  writeFileSync(path.join(dir, "sdpractice.conf"), site);
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `${kind}_temp_path ${dir}/${kind};`).join("\n  ");
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `${process.getuid?.() === 0 ? "user root;\n" : ""}worker_processes 1;\ndaemon off;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log warn;\n` +
      `events { worker_connections 1024; }\nhttp {\n  log_format upstreams '$request_uri $status $upstream_addr';\n  access_log ${dir}/access.log upstreams;\n  ${temp}\n  include ${dir}/sdpractice.conf;\n}\n`,
  );
  const child = spawn(nginx, ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stderr!.on("data", (chunk) => (log += chunk));
  const until = Date.now() + 10_000;
  for (;;) {
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (child.exitCode !== null || Date.now() > until) throw new Error(`nginx did not start: ${log}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    log: () => log + (existsSync(`${dir}/error.log`) ? readFileSync(`${dir}/error.log`, "utf8") : ""),
    socketUpstreams: () => {
      const lines = existsSync(`${dir}/access.log`) ? readFileSync(`${dir}/access.log`, "utf8").split("\n") : [];
      // A WebSocket is logged when it closes; the last address tried is the one that answered.
      const answered = lines.filter((line) => line.includes("transport=websocket") && / 101 /.test(line));
      return new Set(answered.map((line) => Number(/:(\d+)\s*$/.exec(line)?.[1])).filter(Boolean));
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGQUIT");
      }),
  };
}
