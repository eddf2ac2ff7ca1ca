//! Installs what a fresh machine with only Rust and Node lacks. Each check is cheap, so every
//! command runs them all and a second run installs nothing.

use std::path::Path;
use std::process::Command;

use crate::env::{cargo_bin, node_bin, root};
use crate::run::{cmd, fail, output, step, Result};

/// Must equal the `wasm-bindgen` version in Cargo.lock (pinned in the workspace Cargo.toml).
pub const WASM_BINDGEN_VERSION: &str = "0.2.130";
pub const WORKER_BUILD_VERSION: &str = "0.8.7";
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// Everything needed to build and serve.
pub fn ensure_build_tools() -> Result<()> {
    ensure_node()?;
    ensure_wasm_target()?;
    ensure_cargo_tool("wasm-bindgen", "wasm-bindgen-cli", WASM_BINDGEN_VERSION, false)?;
    ensure_cargo_tool("worker-build", "worker-build", WORKER_BUILD_VERSION, true)?;
    ensure_npm_packages()
}

fn ensure_node() -> Result<()> {
    let Some(version) = output(Command::new("node").arg("--version")) else {
        return fail("Node.js was not found", "install Node.js 20 (wrangler 4.86 needs Node 20 or later) and npm");
    };
    let major: u32 = version.trim_start_matches('v').split('.').next().and_then(|m| m.parse().ok()).unwrap_or(0);
    if major < 20 {
        return fail(format!("Node.js {version} is too old"), "install Node.js 20 or later");
    }
    Ok(())
}

fn ensure_wasm_target() -> Result<()> {
    let installed = output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == WASM_TARGET) {
        return Ok(());
    }
    step(&format!("installing the Rust target {WASM_TARGET}"), || {
        cmd(
            Command::new("rustup").args(["target", "add", WASM_TARGET]),
            "run `rustup target add wasm32-unknown-unknown` by hand",
        )
    })
}

fn ensure_cargo_tool(bin: &str, krate: &str, version: &str, locked: bool) -> Result<()> {
    let path = cargo_bin(bin);
    let current = output(Command::new(&path).arg("--version")).unwrap_or_default();
    if current.split_whitespace().any(|w| w == version) {
        return Ok(());
    }
    step(&format!("installing {krate} {version} (a few minutes, once)"), || {
        let mut c = Command::new("cargo");
        c.args(["install", krate, "--version", version, "--force"]);
        // wasm-bindgen-cli's own lock file pins a crate version the registry mirror lacks.
        if locked {
            c.arg("--locked");
        }
        cmd(&mut c, &format!("run `cargo install {krate} --version {version}` and read its error"))
    })
}

fn ensure_npm_packages() -> Result<()> {
    let root = root();
    let stamp = root.join("node_modules/.package-lock.json");
    let fresh = modified(&stamp)
        .zip(modified(&root.join("package-lock.json")))
        .is_some_and(|(installed, lock)| installed >= lock);
    if fresh && ["wrangler", "wasm-opt", "esbuild", "sass"].iter().all(|b| node_bin(b).exists()) {
        return Ok(());
    }
    step(
        "installing npm packages (wrangler 4.86.0, binaryen, esbuild, sass, purgecss, USWDS, axe-core, Lighthouse)",
        || {
            cmd(
                Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(&root),
                "check that the npm registry is reachable, then run `npm ci` in the repository root",
            )
        },
    )
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Debian's Chromium and ChromeDriver for the browser tests (a browser download would fail here).
pub fn ensure_chromium() -> Result<()> {
    if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
        return Ok(());
    }
    let is_root = output(Command::new("id").arg("-u")).as_deref() == Some("0");
    if !is_root {
        return fail(
            "Chromium and ChromeDriver are needed for the browser tests",
            "run `sudo apt-get install -y chromium chromium-driver` (Debian/Ubuntu), then run the tests again",
        );
    }
    step("installing Debian chromium and chromium-driver", || {
        cmd(Command::new("apt-get").arg("update"), "check that Debian's package mirror is reachable")?;
        cmd(
            Command::new("apt-get")
                .args(["install", "-y", "--no-install-recommends", "chromium", "chromium-driver"])
                .env("DEBIAN_FRONTEND", "noninteractive"),
            "run `apt-get install -y chromium chromium-driver` by hand and read its error",
        )
    })
}

/// Schemathesis, pinned, from PyPI, in a virtualenv under `.tmp/` (nothing installed globally).
pub const SCHEMATHESIS_VERSION: &str = "4.32.5";

/// The `schemathesis` executable, installed if missing or of another version.
pub fn ensure_schemathesis() -> Result<std::path::PathBuf> {
    let venv = crate::env::scratch().join("venv");
    let bin = venv.join("bin/schemathesis");
    let installed = output(Command::new(&bin).arg("--version")).unwrap_or_default();
    if installed.contains(SCHEMATHESIS_VERSION) {
        return Ok(bin);
    }
    step(&format!("installing schemathesis {SCHEMATHESIS_VERSION} from PyPI (.tmp/venv)"), || {
        pip_install(&venv, &[&format!("schemathesis=={SCHEMATHESIS_VERSION}")])
    })?;
    Ok(bin)
}

/// Installs pinned PyPI packages into a virtualenv under `.tmp/`, creating it first if needed
/// (nothing is installed globally).
pub fn pip_install(venv: &Path, requirements: &[&str]) -> Result<()> {
    if !venv.join("bin/pip").exists() {
        cmd(
            Command::new("python3").args(["-m", "venv"]).arg(venv),
            "install Python 3 with its venv module (Debian: `apt-get install -y python3-venv`)",
        )?;
    }
    cmd(
        Command::new(venv.join("bin/pip")).args(["install", "--quiet"]).args(requirements),
        "check that PyPI is reachable, then run the command again",
    )
}
