//! Builds the worker (worker-build) and the frontend into what wrangler serves: cargo, the wasm
//! split at the lazy routes (`split.rs`), wasm-bindgen, wasm-opt on every wasm file, esbuild for
//! the JS, the CSS from USWDS's Sass (sass, purgecss, esbuild), and content-hashed names
//! (`assets.rs`).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::env::{cargo_bin, node_bin, offline, root, scratch};
use crate::run::{cmd, io, step, Result};
use crate::tools::WASM_TARGET;
use crate::{assets, split};

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
    let stage = scratch().join("frontend-build");
    let _ = fs::remove_dir_all(&stage);
    fs::create_dir_all(&stage).map_err(io("create .tmp/frontend-build"))?;
    let wasm = root.join("target").join(WASM_TARGET).join("release/frontend.wasm");
    let split = split::split(&wasm, &stage)?;
    cmd(
        Command::new(cargo_bin("wasm-bindgen"))
            // The split files import the main module's functions by their link names.
            .args(["--target", "web", "--no-typescript", "--keep-lld-exports", "--no-demangle"])
            .args(["--out-name", "app", "--out-dir"])
            .arg(&stage)
            .arg(&split.main),
        "wasm-bindgen must be 0.2.130, the version in Cargo.lock: `cargo install wasm-bindgen-cli --version 0.2.130 --force`",
    )?;
    let mut wasm_files = vec![stage.join("app_bg.wasm")];
    wasm_files.extend(split.needs.values().flatten().map(|stem| stage.join(format!("{stem}.wasm"))));
    wasm_files.sort();
    wasm_files.dedup();
    wasm_opt_all(&wasm_files)?;
    for js in ["boot.js", "shell.js"] {
        fs::copy(root.join("frontend/static").join(js), stage.join(js)).map_err(io(&format!("copy {js}")))?;
    }
    for js in ["app.js", split::LINK_MODULE, "boot.js"] {
        minify_js(&stage.join(js), "--format=esm")?;
    }
    // A classic script, run before the first paint: no module syntax.
    minify_js(&stage.join("shell.js"), "--format=iife")?;
    let (css, css_files) = css(&stage)?;
    // Published into a folder of its own, then moved into `frontend/dist` (see `replace_contents`).
    let next = scratch().join("frontend-dist");
    let _ = fs::remove_dir_all(&next);
    fs::create_dir_all(&next).map_err(io("create .tmp/frontend-dist"))?;
    let published = assets::publish(&assets::Staged { dir: &stage, split: &split, css_files, css }, &next)?;
    let template = fs::read_to_string(root.join("frontend/static/index.html")).map_err(io("read index.html"))?;
    fs::write(next.join("index.html"), assets::index_html(&template, &published)?).map_err(io("write index.html"))?;
    for file in ["_headers", "favicon.svg"] {
        fs::copy(root.join("frontend/static").join(file), next.join(file)).map_err(io(&format!("copy {file}")))?;
    }
    copy_banner_images(&next)?;
    replace_contents(&next, &dist())?;
    fs::write(split_report(), assets::report(&published)).map_err(io("write the split report"))
}

/// Makes `to` hold exactly the files of `from`, without ever removing `to` itself: a running
/// `wrangler dev` watches that folder, and one removed under it left the server answering every
/// page with the API's 404 until restarted. New files arrive first and `index.html` last, so a
/// page loaded meanwhile finds every file its `index.html` names; the old files go after.
pub fn replace_contents(from: &Path, to: &Path) -> Result<()> {
    let files = files_under(from);
    fs::create_dir_all(to).map_err(io("create frontend/dist"))?;
    let index = Path::new("index.html");
    for rel in files.iter().filter(|r| r.as_path() != index).chain(files.iter().filter(|r| r.as_path() == index)) {
        let target = to.join(rel);
        fs::create_dir_all(target.parent().expect("under the folder")).map_err(io("create a dist folder"))?;
        fs::rename(from.join(rel), &target).map_err(io("move a built file into frontend/dist"))?;
    }
    for rel in files_under(to) {
        if !files.contains(&rel) {
            fs::remove_file(to.join(&rel)).map_err(io("remove an old built file"))?;
        }
    }
    Ok(())
}

/// The files under `dir`, relative to it, sorted.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(rel) = path.strip_prefix(dir) {
                out.push(rel.to_path_buf());
            }
        }
    }
    out.sort();
    out
}

/// Which files the app loads, by split point (for the browser test that checks what a public
/// page downloads). Outside `frontend/dist`, so it is not served.
pub fn split_report() -> PathBuf {
    scratch().join("frontend-split.json")
}

/// `wasm-opt -Oz` on every file (xtask/wasm/optimize.mjs, binaryen's API in one Node process
/// per core): the split makes hundreds of small files, and a wasm-opt run per file would spend
/// most of its time starting up. The files are dealt out by size so the processes finish together.
fn wasm_opt_all(files: &[PathBuf]) -> Result<()> {
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).min(files.len().max(1));
    let mut by_size: Vec<(u64, &PathBuf)> =
        files.iter().map(|f| (fs::metadata(f).map(|m| m.len()).unwrap_or(0), f)).collect();
    by_size.sort_by_key(|s| std::cmp::Reverse(s.0));
    let mut shares: Vec<(u64, Vec<&PathBuf>)> = vec![(0, Vec::new()); workers];
    for (size, file) in by_size {
        let lightest = shares.iter_mut().min_by_key(|s| s.0).expect("at least one worker");
        lightest.0 += size;
        lightest.1.push(file);
    }
    let children: Vec<_> = shares
        .iter()
        .map(|(_, files)| {
            Command::new("node")
                .arg(root().join("xtask/wasm/optimize.mjs"))
                .args(files.iter())
                .current_dir(root())
                .stderr(std::process::Stdio::piped())
                .spawn()
        })
        .collect();
    let mut ok = true;
    for child in children {
        let Ok(out) = child.and_then(|c| c.wait_with_output()) else {
            ok = false;
            continue;
        };
        ok &= out.status.success();
        // binaryen does not know the name subsection the splitter writes (it drops names anyway).
        for line in String::from_utf8_lossy(&out.stderr).lines() {
            if !line.contains("unknown name subsection") {
                eprintln!("{line}");
            }
        }
    }
    if ok {
        Ok(())
    } else {
        crate::run::fail("optimizing the wasm files failed (see above)", "binaryen comes from npm: run `npm ci`")
    }
}

fn minify_js(file: &Path, format: &str) -> Result<()> {
    cmd(
        Command::new(node_bin("esbuild"))
            .arg(file)
            .args(["--minify", format, "--log-level=warning", "--allow-overwrite"])
            // wasm-bindgen's import object repeats the split loader's key once per import group.
            .arg("--log-override:duplicate-object-key=silent")
            .arg(format!("--outfile={}", file.display())),
        "esbuild comes from npm (package.json): run `npm ci` in the repository root",
    )
}

/// USWDS from its Sass packages plus the portal's rules, without the selectors no page uses,
/// minified; fonts and images it still refers to are copied with hashed names. Returns the CSS
/// and the names of those files (in `stage/css/out`).
fn css(stage: &Path) -> Result<(String, Vec<String>)> {
    let root = root();
    let dir = stage.join("css");
    fs::create_dir_all(&dir).map_err(io("create the CSS staging folder"))?;
    let compiled = dir.join("uswds.css");
    cmd(
        Command::new(node_bin("sass"))
            .arg("--load-path=node_modules/@uswds/uswds/packages")
            .args(["--no-source-map", "--quiet"])
            .arg(root.join("frontend/styles/portal.scss"))
            .arg(&compiled)
            .current_dir(&root),
        "sass comes from npm (package.json): run `npm ci`; the error above names the Sass line",
    )?;
    let mut all = fs::read_to_string(&compiled).map_err(io("read the compiled CSS"))?;
    all.push_str(&fs::read_to_string(root.join("frontend/styles/app.css")).map_err(io("read app.css"))?);
    let joined = dir.join("all.css");
    fs::write(&joined, all).map_err(io("write the CSS"))?;
    let purged = dir.join("purged.css");
    cmd(
        Command::new("node").arg("xtask/css/purge.mjs").arg(&joined).arg(&purged).current_dir(&root),
        "purgecss comes from npm (package.json): run `npm ci`",
    )?;
    let out = dir.join("out");
    cmd(
        Command::new(node_bin("esbuild"))
            .arg(&purged)
            .args(["--bundle", "--minify", "--log-level=warning", "--asset-names=[name].[hash]"])
            .args(["--loader:.woff2=file", "--loader:.woff=file", "--loader:.ttf=file"])
            .args(["--loader:.png=file", "--loader:.svg=file", "--loader:.gif=file"])
            .arg(format!("--outfile={}", out.join("app.css").display())),
        "esbuild comes from npm (package.json): run `npm ci`",
    )?;
    // USWDS's font-face rules say `fallback`; `swap` shows the text at once in a system font.
    let css = fs::read_to_string(out.join("app.css"))
        .map_err(io("read the minified CSS"))?
        .replace("font-display:fallback", "font-display:swap");
    let mut files = Vec::new();
    for entry in fs::read_dir(&out).map_err(io("list the CSS output"))? {
        let name = entry.map_err(io("list the CSS output"))?.file_name().to_string_lossy().into_owned();
        if name != "app.css" {
            files.push(name);
        }
    }
    Ok((css, files))
}

/// The banner's flag and icons and the menu's close icon, which the app's code names directly.
fn copy_banner_images(dist: &Path) -> Result<()> {
    let src = root().join("node_modules/@uswds/uswds/dist/img");
    for rel in ["us_flag_small.png", "icon-dot-gov.svg", "icon-https.svg", "usa-icons/close.svg"] {
        let to = dist.join("uswds/img").join(rel);
        fs::create_dir_all(to.parent().expect("has a parent")).map_err(io("create a USWDS folder"))?;
        fs::copy(src.join(rel), &to).map_err(io(&format!("copy {rel}")))?;
    }
    Ok(())
}
