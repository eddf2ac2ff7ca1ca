// `wasm-opt -Oz` over many files in one Node process: binaryen's JS API, loaded once, instead of
// starting the 10 MB wasm-opt script per file (the split makes hundreds of small files).
// usage: node xtask/wasm/optimize.mjs FILE.wasm...   (each file is rewritten in place)
import { readFileSync, writeFileSync } from "node:fs";
import binaryen from "binaryen";

const F = binaryen.Features;
// The same features as the wasm-opt flags of the worker build: what rustc's wasm32 target and
// wasm-bindgen emit.
const features =
  F.MutableGlobals | F.NontrappingFPToInt | F.BulkMemory | F.BulkMemoryOpt | F.SignExt |
  F.ReferenceTypes | F.CallIndirectOverlong | F.Multivalue;
binaryen.setOptimizeLevel(2);
binaryen.setShrinkLevel(2); // -Oz
binaryen.setDebugInfo(false); // drops the name section: the split files link by export names

for (const file of process.argv.slice(2)) {
  const module = binaryen.readBinary(readFileSync(file));
  module.setFeatures(features);
  module.optimize();
  if (!module.validate()) {
    console.error(`${file}: not valid after optimizing`);
    process.exit(1);
  }
  writeFileSync(file, module.emitBinary());
  module.dispose();
}
