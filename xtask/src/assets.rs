//! Publishes the built frontend into `frontend/dist`: every file the app loads gets its content
//! hash in its name under `/assets/` (served `immutable` for a year, see `frontend/static/_headers`),
//! and `index.html`, which names them, is revalidated on every visit. A second visit downloads
//! nothing but `index.html`.
//!
//! The wasm-bindgen glue (`app.js`) imports the split loader (`__wasm_split.js`) and the loader
//! imports the glue back, so neither name can hold a hash of the other's final text: both carry
//! one hash of the pair, taken before either name is written in.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use crate::run::io;
use crate::run::{fail, Result};
use crate::split::{Split, LINK_MODULE};

/// Where hashed files are served from.
pub const ASSETS: &str = "/assets";

/// 64-bit FNV-1a as 16 hex digits: names must change when contents do, nothing more (no
/// attacker chooses these files).
pub fn content_hash(parts: &[&[u8]]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in *part {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        // Separates the parts, so that moving bytes from one to the next changes the hash.
        h ^= 0xff;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// `name.ext` → `name.HASH.ext`.
pub fn hashed_name(name: &str, hash: &str) -> String {
    match name.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}.{hash}.{ext}"),
        None => format!("{name}.{hash}"),
    }
}

/// What the publishing step read from the staging folder, by role.
pub struct Staged<'a> {
    pub dir: &'a Path,
    pub split: &'a Split,
    /// The files the stylesheet refers to (in `css/out`), already named with their hashes by
    /// esbuild.
    pub css_files: Vec<String>,
    pub css: String,
}

/// The published names, for `index.html` and the split report.
pub struct Published {
    pub glue: String,
    pub wasm: String,
    pub loader: String,
    pub boot: String,
    pub shell: String,
    pub css: String,
    /// Split point → the URLs of the wasm files it needs.
    pub splits: BTreeMap<String, Vec<String>>,
}

pub fn publish(staged: &Staged, dist: &Path) -> Result<Published> {
    let assets = dist.join(ASSETS.trim_start_matches('/'));
    fs::create_dir_all(&assets).map_err(io("create frontend/dist/assets"))?;
    let read = |name: &str| fs::read(staged.dir.join(name)).map_err(io(&format!("read {name}")));

    // 1. The split wasm files: their names go into the loader.
    let mut loader = String::from_utf8(read(LINK_MODULE)?).expect("the split loader is UTF-8");
    let mut chunk_urls: BTreeMap<String, String> = BTreeMap::new();
    let mut stems: Vec<&String> = staged.split.needs.values().flatten().collect();
    stems.sort();
    stems.dedup();
    for stem in stems {
        let file = format!("{stem}.wasm");
        let bytes = read(&file)?;
        let name = hashed_name(&file, &content_hash(&[&bytes]));
        write(&assets.join(&name), &bytes)?;
        replace_once(&mut loader, &format!("\"./{file}\""), &format!("\"./{name}\""), LINK_MODULE)?;
        chunk_urls.insert(stem.clone(), format!("{ASSETS}/{name}"));
    }
    let splits = staged
        .split
        .needs
        .iter()
        .map(|(split, stems)| (split.clone(), stems.iter().map(|s| chunk_urls[s].clone()).collect()))
        .collect();

    // 2. The main wasm.
    let wasm_bytes = read("app_bg.wasm")?;
    let wasm = hashed_name("app.wasm", &content_hash(&[&wasm_bytes]));
    write(&assets.join(&wasm), &wasm_bytes)?;

    // 3. The glue and the loader, which import each other: one hash of both.
    let mut glue = String::from_utf8(read("app.js")?).expect("the wasm-bindgen glue is UTF-8");
    let pair = content_hash(&[glue.as_bytes(), loader.as_bytes()]);
    let glue_name = hashed_name("app.js", &pair);
    let loader_name = hashed_name(LINK_MODULE, &pair);
    replace_import(&mut glue, &format!("./{LINK_MODULE}"), &format!("./{loader_name}"), "app.js")?;
    replace_import(&mut loader, "./app.js", &format!("./{glue_name}"), LINK_MODULE)?;
    write(&assets.join(&glue_name), glue.as_bytes())?;
    write(&assets.join(&loader_name), loader.as_bytes())?;

    // 4. The boot script names the glue and the wasm.
    let mut boot = String::from_utf8(read("boot.js")?).expect("boot.js is UTF-8");
    replace_once(&mut boot, "/app.js", &format!("{ASSETS}/{glue_name}"), "boot.js")?;
    replace_once(&mut boot, "/app_bg.wasm", &format!("{ASSETS}/{wasm}"), "boot.js")?;
    let boot_name = hashed_name("boot.js", &content_hash(&[boot.as_bytes()]));
    write(&assets.join(&boot_name), boot.as_bytes())?;

    // 5. The script that picks the static shell's heading before the first paint.
    let shell = read("shell.js")?;
    let shell_name = hashed_name("shell.js", &content_hash(&[&shell]));
    write(&assets.join(&shell_name), &shell)?;

    // 6. The stylesheet (its fonts and images are already hashed by esbuild).
    for file in &staged.css_files {
        fs::copy(staged.dir.join("css/out").join(file), assets.join(file)).map_err(io(&format!("copy {file}")))?;
    }
    let css_name = hashed_name("app.css", &content_hash(&[staged.css.as_bytes()]));
    write(&assets.join(&css_name), staged.css.as_bytes())?;

    Ok(Published {
        glue: format!("{ASSETS}/{glue_name}"),
        wasm: format!("{ASSETS}/{wasm}"),
        loader: format!("{ASSETS}/{loader_name}"),
        boot: format!("{ASSETS}/{boot_name}"),
        shell: format!("{ASSETS}/{shell_name}"),
        css: format!("{ASSETS}/{css_name}"),
        splits,
    })
}

/// Fills the `{{…}}` placeholders of `frontend/static/index.html`.
pub fn index_html(template: &str, p: &Published) -> Result<String> {
    let mut html = template.to_owned();
    for (key, value) in
        [("{{css}}", &p.css), ("{{boot}}", &p.boot), ("{{shell}}", &p.shell), ("{{pages}}", &shell_pages())]
    {
        if !html.contains(key) {
            return fail(format!("frontend/static/index.html lacks {key}"), "put the placeholder back");
        }
        html = html.replace(key, value);
    }
    Ok(html)
}

/// The static shell's page headings: the heading and lead of each page a visitor lands on, in
/// the markup the page itself draws (so nothing moves when the app replaces the shell), from the
/// English catalog. `shell.js` shows the one of the page being opened.
pub fn shell_pages() -> String {
    let m = shared::language::Lang::En.messages();
    let pages = [
        ("home", "usa-section", m.home_title, m.home_lead),
        ("feedback", "usa-section portal-form-page", m.form_title, m.form_lead),
        ("check", "usa-section", m.check_title, m.check_lead),
        ("board", "usa-section", m.public.board_title, m.public.board_lead),
        ("survey", "usa-section portal-form-page", m.survey.title, m.survey.lead),
        ("validation-report", "usa-section portal-form-page", m.validation.title, m.validation.lead),
    ];
    pages
        .iter()
        .map(|(id, class, title, lead)| {
            format!(
                "        <div class=\"{class} portal-shell-page\" id=\"shell-{id}\">\n          <h1>{}</h1>\n          <p class=\"usa-intro\">{}</p>\n        </div>\n",
                escape_html(title),
                escape_html(lead)
            )
        })
        .collect()
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The split report the browser tests read: which files each split point loads.
pub fn report(p: &Published) -> String {
    let main = [&p.glue, &p.loader, &p.wasm, &p.boot, &p.shell, &p.css];
    serde_json::json!({ "main": main, "splits": p.splits }).to_string()
}

/// Replaces the `from "<module>"` of every ES module import of `module` (double quotes, as
/// esbuild writes them). wasm-bindgen imports the loader once per import group of the wasm, and
/// keys its import object by the wasm's module name, which must stay as it is.
fn replace_import(text: &mut String, module: &str, with: &str, file: &str) -> Result<()> {
    let from = format!("from\"{module}\"");
    if !text.contains(&from) {
        return fail(
            format!("{file} does not import {module}"),
            "the wasm-bindgen or wasm-split output changed shape: update xtask/src/assets.rs",
        );
    }
    *text = text.replace(&from, &format!("from\"{with}\""));
    Ok(())
}

fn replace_once(text: &mut String, what: &str, with: &str, file: &str) -> Result<()> {
    if text.matches(what).count() != 1 {
        return fail(
            format!("{file} does not name {what} exactly once"),
            "the build output changed shape: update xtask/src/assets.rs",
        );
    }
    *text = text.replacen(what, with, 1);
    Ok(())
}

fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    fs::write(path, bytes).map_err(io(&format!("write {}", path.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// index.html's static shell is English until the app replaces it: its words must be the
    /// English catalog's, so the frame does not change its wording when the app takes over.
    #[test]
    fn the_static_shell_says_what_the_english_catalog_says() {
        let html = std::fs::read_to_string(crate::env::root().join("frontend/static/index.html")).unwrap();
        let shell = &html[html.find("static-shell").unwrap()..html.find("<noscript>").unwrap()];
        let m = shared::language::Lang::En.messages();
        for text in [
            m.skip_to_main,
            m.banner_official,
            m.banner_how_you_know,
            m.site_name,
            m.agency_name,
            m.nav_label,
            m.menu,
            m.nav_home,
            m.nav_give_feedback,
            m.nav_check_receipt,
            m.public.nav_board,
            m.survey.nav_survey,
            m.validation.nav,
        ] {
            assert!(
                shell.contains(&format!(">{text}<")) || shell.contains(&format!("\"{text}\"")),
                "the shell lacks {text:?}"
            );
        }
        for lang in shared::language::Lang::ALL {
            assert!(shell.contains(&format!(">{}<", lang.native_name())), "the shell's language switch lacks {lang:?}");
        }
        let tags = shell.matches('<').count();
        assert!(tags > 30, "the shell is the whole frame, not a placeholder");
    }

    #[test]
    fn names_carry_the_hash_before_the_extension() {
        assert_eq!(hashed_name("app.js", "00ff"), "app.00ff.js");
        assert_eq!(hashed_name("__wasm_split.js", "ab"), "__wasm_split.ab.js");
    }

    #[test]
    fn the_hash_follows_every_byte_and_the_split_between_parts() {
        let a = content_hash(&[b"ab", b"c"]);
        assert_eq!(a, content_hash(&[b"ab", b"c"]));
        assert_ne!(a, content_hash(&[b"a", b"bc"]));
        assert_ne!(a, content_hash(&[b"ab", b"d"]));
        assert_eq!(a.len(), 16);
    }

    #[test]
    fn only_the_import_statement_is_renamed() {
        let mut glue = String::from(
            r#"import*as n from"./__wasm_split.js";import*as m from"./__wasm_split.js";i={"./__wasm_split.js":n};"#,
        );
        replace_import(&mut glue, "./__wasm_split.js", "./__wasm_split.1.js", "app.js").unwrap();
        assert_eq!(
            glue,
            r#"import*as n from"./__wasm_split.1.js";import*as m from"./__wasm_split.1.js";i={"./__wasm_split.js":n};"#
        );
        assert!(replace_import(&mut glue, "./other.js", "./x.js", "app.js").is_err());
    }
}
