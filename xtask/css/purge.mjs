// Drops every CSS rule whose selector names a class, element or attribute no page uses.
// usage: node xtask/css/purge.mjs IN.css OUT.css   (run from the repository root)
//
// The pages are Rust (`view!` markup): class names are read from every word of frontend/src and
// of index.html. Leptos's `class:name=…` directive glues the class to `class:`, and USWDS's
// responsive prefixes (`tablet:grid-col-6`) use a colon too, so a word is kept whole and also
// split at its colons.
import { readFileSync, writeFileSync } from "node:fs";
import { PurgeCSS } from "purgecss";

const [input, output] = process.argv.slice(2);
const words = (content) => {
  const found = content.match(/[A-Za-z0-9_:\-]+/g) || [];
  return found.concat(found.flatMap((w) => w.split(":")));
};
const [result] = await new PurgeCSS().purge({
  // assets.rs writes the static shell's page headings into index.html.
  content: ["frontend/src/**/*.rs", "frontend/static/index.html", "xtask/src/assets.rs"],
  css: [{ raw: readFileSync(input, "utf8") }],
  defaultExtractor: words,
  fontFace: true,
  keyframes: true,
  variables: true,
  // shell.js sets data-shell on <html> before the first paint.
  safelist: { standard: ["html", "body"], greedy: [/data-shell/] },
});
writeFileSync(output, result.css);
