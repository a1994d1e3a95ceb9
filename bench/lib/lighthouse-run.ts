// One Lighthouse navigation (mobile form factor, simulated throttling: Lighthouse's defaults) and
// the figures bench/lighthouse.ts reports from it.
import lighthouse, { type Flags, type Result } from "lighthouse";
import puppeteer, { type Page } from "puppeteer-core";

export type RunFigures = {
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  scriptKiB: number;
  unusedScriptKiB: number;
  /** Whether the "Uses deprecated APIs" audit passes (an `unload` listener fails it). */
  deprecationsPass: boolean;
  deprecations: string[];
  /** Lighthouse's measure of this machine's CPU: its 4x slowdown assumes a desktop of 1,000 or more, so less inflates TBT. */
  benchmarkIndex: number;
};

/** A landscape tablet: wide enough (>= 1024 px) for the room to show notes and board side by side. */
export const WIDE_SCREEN: Flags["screenEmulation"] = { mobile: true, width: 1280, height: 800, deviceScaleFactor: 1, disabled: false };

type Item = Record<string, unknown>;
const items = (result: Result, audit: string): Item[] => ((result.audits[audit]?.details as { items?: Item[] } | undefined)?.items ?? []) as Item[];

/**
 * The visitor's cookies go into the browser's own cookie jar, not into an extra Cookie header:
 * once the page sets a cookie of its own (the time zone it detects), Chromium sends its jar's
 * cookies instead of the extra header, and the room's later requests would arrive signed out.
 * Lighthouse's storage reset would empty that jar, so the run keeps storage and the bench clears
 * the HTTP cache itself: every run still loads cold.
 */
export async function runLighthouse(url: string, port: number, cookie: string, screenEmulation?: Flags["screenEmulation"]): Promise<{ figures: RunFigures; report: Result }> {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  const page = await browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    await cdp.send("Network.clearBrowserCache");
    const jar = cookie
      .split("; ")
      .filter(Boolean)
      .map((pair) => ({ name: pair.slice(0, pair.indexOf("=")), value: pair.slice(pair.indexOf("=") + 1), url }));
    if (jar.length) await page.setCookie(...jar);
    return await runOnPage(url, page, screenEmulation);
  } finally {
    await page.close().catch(() => {});
    await browser.disconnect();
  }
}

async function runOnPage(url: string, page: Page, screenEmulation?: Flags["screenEmulation"]): Promise<{ figures: RunFigures; report: Result }> {
  const flags: Flags = {
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "best-practices"],
    disableStorageReset: true,
    ...(screenEmulation ? { screenEmulation } : {}),
  };
  const runner = await lighthouse(url, flags, undefined, page);
  if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
  const result = runner.lhr;
  if (result.runtimeError) throw new Error(`Lighthouse: ${result.runtimeError.code} ${result.runtimeError.message}`);
  if (result.finalDisplayedUrl !== url) throw new Error(`${url} ended on ${result.finalDisplayedUrl} (not signed in?)`);
  const script = items(result, "resource-summary").find((item) => item.resourceType === "script");
  const unused = (result.audits["unused-javascript"]?.details as { overallSavingsBytes?: number } | undefined)?.overallSavingsBytes ?? 0;
  const figures = {
    score: Math.round((result.categories.performance?.score ?? 0) * 100),
    lcpMs: Math.round(result.audits["largest-contentful-paint"]?.numericValue ?? NaN),
    tbtMs: Math.round(result.audits["total-blocking-time"]?.numericValue ?? NaN),
    cls: +(result.audits["cumulative-layout-shift"]?.numericValue ?? NaN).toFixed(3),
    scriptKiB: Math.round(Number(script?.transferSize ?? 0) / 1024),
    unusedScriptKiB: Math.round(unused / 1024),
    deprecationsPass: result.audits.deprecations?.score === 1,
    deprecations: items(result, "deprecations").map((item) => String(item.value ?? "")),
    benchmarkIndex: Math.round(result.environment.benchmarkIndex),
  };
  return { figures, report: result };
}
