//! Paths of the project and the environment that keeps wrangler, worker-build and wasm-opt
//! offline and quiet (see shared/docs/toolchain.md).

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root (the workspace that holds this crate).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_path_buf()
}

/// Ignored scratch space for logs, wrangler's caches and test state.
pub fn scratch() -> PathBuf {
    let dir = root().join(".tmp");
    std::fs::create_dir_all(&dir).expect("create .tmp");
    dir
}

pub fn node_bin(name: &str) -> PathBuf {
    root().join("node_modules/.bin").join(name)
}

pub fn cargo_bin(name: &str) -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cargo"));
    home.join("bin").join(name)
}

/// Environment for every wrangler, worker-build and wasm-opt invocation.
pub fn offline(command: &mut Command) -> &mut Command {
    let scratch = scratch();
    let tmp = scratch.join("tmp");
    let _ = std::fs::create_dir_all(&tmp);
    command
        .current_dir(root())
        .env("WRANGLER_SEND_METRICS", "false")
        .env("WRANGLER_SEND_ERROR_REPORTS", "false")
        .env("CLOUDFLARE_CF_FETCH_ENABLED", "false")
        .env("CI", "1")
        .env("NO_COLOR", "1")
        .env("TMPDIR", &tmp)
        .env("XDG_CONFIG_HOME", scratch.join("config"))
        .env("XDG_CACHE_HOME", scratch.join("cache"))
        .env("WASM_BINDGEN_BIN", cargo_bin("wasm-bindgen"))
        .env("WASM_OPT_BIN", node_bin("wasm-opt"))
        .env("ESBUILD_BIN", root().join("node_modules/@esbuild/linux-x64/bin/esbuild"))
}
