//! Builds the worker (worker-build) and the frontend (cargo, wasm-bindgen, wasm-opt, static
//! files and the parts of USWDS the CSS uses) into what wrangler serves.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::env::{cargo_bin, node_bin, offline, root};
use crate::run::{cmd, fail, step, Result};
use crate::tools::WASM_TARGET;

pub fn dist() -> PathBuf {
    root().join("frontend/dist")
}

pub fn all() -> Result<()> {
    step("building the worker (worker-build --release)", worker)?;
    step("building the frontend (Leptos to wasm, wasm-bindgen, wasm-opt)", frontend)
}

pub fn worker() -> Result<()> {
    cmd(
        offline(&mut Command::new(cargo_bin("worker-build"))).arg("--release").current_dir(root().join("worker")),
        "read the compiler error above; `cargo check -p portal-worker --target wasm32-unknown-unknown` reproduces it",
    )
}

pub fn frontend() -> Result<()> {
    let root = root();
    cmd(
        Command::new("cargo")
            .args(["build", "--release", "--target", WASM_TARGET, "-p", "frontend"])
            .current_dir(&root),
        "read the compiler error above; `cargo check -p frontend --target wasm32-unknown-unknown` reproduces it",
    )?;
    let dist = dist();
    let _ = fs::remove_dir_all(&dist);
    fs::create_dir_all(&dist).map_err(io("create frontend/dist"))?;
    let wasm = root.join("target").join(WASM_TARGET).join("release/frontend.wasm");
    cmd(
        Command::new(cargo_bin("wasm-bindgen"))
            .args(["--target", "web", "--no-typescript", "--out-name", "app", "--out-dir"])
            .arg(&dist)
            .arg(&wasm),
        "wasm-bindgen must be 0.2.130, the version in Cargo.lock: `cargo install wasm-bindgen-cli --version 0.2.130 --force`",
    )?;
    let bg = dist.join("app_bg.wasm");
    cmd(
        offline(&mut Command::new(node_bin("wasm-opt")))
            .args([
                "-Oz",
                "--enable-bulk-memory",
                "--enable-nontrapping-float-to-int",
                "--enable-sign-ext",
                "--enable-mutable-globals",
                "--enable-reference-types",
                "--enable-multivalue",
                "-o",
            ])
            .arg(&bg)
            .arg(&bg),
        "wasm-opt comes from npm `binaryen`: run `npm ci` in the repository root",
    )?;
    copy_dir(&root.join("frontend/static"), &dist)?;
    copy_uswds(&dist)
}

/// Copies USWDS's CSS and exactly the fonts and images it refers to, plus the banner's images.
fn copy_uswds(dist: &Path) -> Result<()> {
    let src = root().join("node_modules/@uswds/uswds/dist");
    let css_path = src.join("css/uswds.min.css");
    let Ok(css) = fs::read_to_string(&css_path) else {
        return fail("USWDS is not installed (node_modules/@uswds/uswds)", "run `npm ci` in the repository root");
    };
    let out = dist.join("uswds");
    let mut files: Vec<String> = vec!["css/uswds.min.css".into()];
    for part in css.split("url(").skip(1) {
        let url = part.split(')').next().unwrap_or("").trim_matches(|c| c == '"' || c == '\'');
        if let Some(rel) = url.strip_prefix("../") {
            files.push(rel.to_owned());
        }
    }
    files.extend(
        ["img/us_flag_small.png", "img/icon-dot-gov.svg", "img/icon-https.svg", "img/circle-124.png"].map(String::from),
    );
    files.sort();
    files.dedup();
    for rel in files {
        let from = src.join(&rel);
        let to = out.join(&rel);
        fs::create_dir_all(to.parent().expect("has a parent")).map_err(io("create a USWDS folder"))?;
        fs::copy(&from, &to).map_err(io(&format!("copy {}", from.display())))?;
    }
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    for entry in fs::read_dir(from).map_err(io(&format!("read {}", from.display())))? {
        let entry = entry.map_err(io("read a directory entry"))?;
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            fs::create_dir_all(&target).map_err(io("create a folder"))?;
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), &target).map_err(io(&format!("copy {}", entry.path().display())))?;
        }
    }
    Ok(())
}

fn io(what: &str) -> impl Fn(std::io::Error) -> crate::run::StepError + '_ {
    move |e| crate::run::StepError {
        what: format!("could not {what}: {e}"),
        fix: "check disk space and permissions".into(),
    }
}
