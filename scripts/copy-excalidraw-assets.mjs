// Copies Excalidraw's fonts into public/excalidraw-assets/ so the app serves them itself: the
// whiteboard sets window.EXCALIDRAW_ASSET_PATH = "/excalidraw-assets/" and Excalidraw then loads
// "/excalidraw-assets/fonts/<Family>/<file>.woff2" instead of its CDN (esm.sh).
// Idempotent: the target mirrors the package (identical files are left alone, files the installed
// version no longer ships are removed). Run it on postinstall and before `next build`.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const packageDir = path.join(root, "node_modules", "@excalidraw", "excalidraw");
const sourceDir = path.join(packageDir, "dist", "prod");
const targetDir = path.join(root, "public", "excalidraw-assets");
// Everything Excalidraw resolves against EXCALIDRAW_ASSET_PATH lives in these folders of dist/prod/.
const ASSET_FOLDERS = ["fonts"];
// Its stylesheet too, which the board adds to the page only when the editor loads: imported as a
// module, Next.js would link it from every page that can show a board, blocking their first paint.
// Its font URLs are relative ("./fonts/..."), so they resolve to the fonts copied beside it.
const ASSET_FILES = [["index.css", "excalidraw.css"]];

const counts = { copied: 0, unchanged: 0, removed: 0 };

function sameContent(a, b) {
  return existsSync(b) && readFileSync(a).equals(readFileSync(b));
}

function mirror(from, to) {
  mkdirSync(to, { recursive: true });
  const entries = readdirSync(from, { withFileTypes: true });
  const names = new Set(entries.map((entry) => entry.name));
  for (const entry of entries) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) mirror(source, target);
    else if (!entry.isFile()) continue;
    else if (sameContent(source, target)) counts.unchanged++;
    else {
      copyFileSync(source, target);
      counts.copied++;
    }
  }
  for (const name of readdirSync(to)) {
    if (names.has(name)) continue;
    rmSync(path.join(to, name), { recursive: true, force: true });
    counts.removed++;
  }
}

if (!existsSync(sourceDir)) {
  console.error(`[excalidraw-assets] ${path.relative(root, sourceDir)} not found: run npm install first`);
  process.exit(1);
}
for (const folder of ASSET_FOLDERS) {
  const from = path.join(sourceDir, folder);
  if (!existsSync(from)) {
    console.error(`[excalidraw-assets] ${path.relative(root, from)} not found: has the package layout changed?`);
    process.exit(1);
  }
  mirror(from, path.join(targetDir, folder));
}

for (const [from, to] of ASSET_FILES) {
  const source = path.join(sourceDir, from);
  if (!existsSync(source)) {
    console.error(`[excalidraw-assets] ${path.relative(root, source)} not found: has the package layout changed?`);
    process.exit(1);
  }
  const target = path.join(targetDir, to);
  if (sameContent(source, target)) counts.unchanged++;
  else {
    copyFileSync(source, target);
    counts.copied++;
  }
}

const { version } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8"));
writeFileSync(path.join(targetDir, "VERSION"), `${version}\n`);
console.log(
  `[excalidraw-assets] @excalidraw/excalidraw ${version}: ${counts.copied} copied, ${counts.unchanged} unchanged, ` +
    `${counts.removed} removed -> ${path.relative(root, targetDir)}/`,
);
