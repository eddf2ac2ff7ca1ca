//! Splits the frontend's wasm at its `#[lazy]` functions (the lazy routes and the Spanish and
//! French catalogs) with `wasm_split_cli_support`, the library `cargo leptos --split` uses.
//!
//! Input: the wasm cargo linked with `--emit-relocs` (frontend/build.rs). Output, in `dir`: the
//! main module for wasm-bindgen, one wasm file per split point and per group of code that
//! several split points share, and `__wasm_split.js`, which fetches them on first use.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::run::{fail, Result};

/// The JS module the split points import their loaders from (wasm-bindgen keeps the import).
pub const LINK_MODULE: &str = "__wasm_split.js";

pub struct Split {
    /// The main module, still to go through wasm-bindgen.
    pub main: PathBuf,
    /// Split point (e.g. `__BoardRoute_View_…`) → the stems of the wasm files it needs.
    pub needs: BTreeMap<String, Vec<String>>,
}

pub fn split(input: &Path, dir: &Path) -> Result<Split> {
    let wasm = match std::fs::read(input) {
        Ok(w) => w,
        Err(e) => return fail(format!("could not read {}: {e}", input.display()), "build the frontend first"),
    };
    let main = dir.join("main.wasm");
    let link = format!("./{LINK_MODULE}");
    let mut options = wasm_split_cli_support::Options::new(&wasm);
    options.output_dir = dir;
    options.main_out_path = &main;
    options.link_name = &link;
    // The loaders import `initSync` from the wasm-bindgen glue, which sits beside them.
    options.main_module = "./app.js";
    let out = match wasm_split_cli_support::transform(options) {
        Ok(out) => out,
        Err(e) => {
            return fail(
                format!("splitting the frontend wasm failed: {e:?}"),
                "the frontend must be linked with --emit-relocs (frontend/build.rs); see the error above",
            )
        }
    };
    Ok(Split { main, needs: out.prefetch_map.into_iter().collect() })
}
