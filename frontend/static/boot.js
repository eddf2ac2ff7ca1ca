// Loads the Leptos app. A file, not an inline script: the CSP allows no inline scripts.
import init from "/app.js";
init({ module_or_path: "/app_bg.wasm" });
