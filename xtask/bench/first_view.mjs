// The first view of each route, as a new visitor's browser loads it: Lighthouse 12 (mobile
// profile: simulated slow 4G and a 4x slower CPU) in Debian's Chromium against a running portal.
//
// usage: node xtask/bench/first_view.mjs BASE_URL DIST_DIR OUT.json ROUTE...
//
// For every route it prints Lighthouse's Performance and Accessibility scores, Largest
// Contentful Paint, Total Blocking Time and the bytes transferred as served, and the same files
// compressed here with gzip (level 9) and brotli (quality 11), so the figures do not depend on
// what the local server compresses. Writes every figure and file list to OUT.json.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const [base, dist, out, ...routes] = process.argv.slice(2);
const flags = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run",
];

// A page address serves index.html (single-page app); other files are served as they are.
function fileFor(path) {
  const direct = join(dist, path);
  if (path !== "/" && existsSync(direct) && statSync(direct).isFile()) return direct;
  return path.startsWith("/api/") ? null : join(dist, "index.html");
}

const results = [];
for (const route of routes) {
  const profile = mkdtempSync(join(tmpdir(), "lighthouse-"));
  const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: flags, userDataDir: profile });
  try {
    const { lhr } = await lighthouse(base + route, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
    });
    const requests = lhr.audits["network-requests"].details.items.filter((r) => r.url.startsWith(base));
    let gzip = 0, brotli = 0, transferred = 0;
    const files = [];
    for (const r of requests) {
      const path = new URL(r.url).pathname;
      transferred += r.transferSize || 0;
      const file = fileFor(path);
      const body = file ? readFileSync(file) : Buffer.alloc(0);
      const gz = file ? gzipSync(body, { level: 9 }).length : r.transferSize || 0;
      const br = file
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
        : r.transferSize || 0;
      gzip += gz;
      brotli += br;
      files.push({ path, transferred: r.transferSize || 0, raw: body.length, gzip: gz, brotli: br });
    }
    const figure = {
      route,
      performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
      accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
      lcp_ms: Math.round(lhr.audits["largest-contentful-paint"].numericValue),
      tbt_ms: Math.round(lhr.audits["total-blocking-time"].numericValue),
      fcp_ms: Math.round(lhr.audits["first-contentful-paint"].numericValue),
      cls: Number(lhr.audits["cumulative-layout-shift"].numericValue.toFixed(3)),
      transferred,
      gzip,
      brotli,
      files,
      errors: lhr.runtimeError ? [lhr.runtimeError.message] : [],
    };
    results.push(figure);
    const kib = (n) => (n / 1024).toFixed(1).padStart(7);
    console.log(
      `  ${route.padEnd(20)} perf ${String(figure.performance).padStart(3)}  a11y ${String(figure.accessibility).padStart(3)}  ` +
        `LCP ${String(figure.lcp_ms).padStart(5)} ms  TBT ${String(figure.tbt_ms).padStart(4)} ms  CLS ${figure.cls.toFixed(3)}  ` +
        `served ${kib(transferred)} KiB  gzip ${kib(gzip)} KiB  brotli ${kib(brotli)} KiB  (${files.length} files)`,
    );
  } finally {
    await chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}
writeFileSync(out, JSON.stringify(results, null, 2));
