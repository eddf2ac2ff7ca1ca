// Loads the Leptos app. A file, not an inline script: the CSP allows no inline scripts.
//
// After the static shell's first paint, not during it: the page's heading is on screen at once
// and the wasm does not compete with the stylesheet and fonts for the first bytes (measured in
// BENCHMARKS.md). Two animation frames: the first runs before that paint, the second after it.
import init from "/app.js";
requestAnimationFrame(() => requestAnimationFrame(() => init({ module_or_path: "/app_bg.wasm" })));
