//! `cargo xtask fonts`: the web fonts the stylesheet uses, cut down to the characters the
//! portal's three languages write (fontTools' `pyftsubset`, pinned, from PyPI in .tmp/venv).
//!
//! USWDS ships Source Sans Pro with every Latin script (about 20 KB a weight); English, Spanish
//! and French need ASCII, Latin-1, the œ ligature, typographic quotes and dashes, the euro sign
//! the minus sign of the charts, and the narrow no-break space French typography puts before
//! « » ; : ! ? (about 11 KB). The
//! subset files are committed in `frontend/styles/fonts`, so a build needs no Python; run this
//! again only to change the character set or the USWDS version.

use std::path::PathBuf;
use std::process::Command;

use crate::env::{root, scratch};
use crate::run::{cmd, step, Result};

pub const FONTTOOLS_VERSION: &str = "4.69.1";
pub const BROTLI_VERSION: &str = "1.2.1";

/// What the catalogs write (checked by `every_catalog_character_is_in_the_font_subset`).
pub const UNICODES: &str = "U+0020-007E,U+00A0-00FF,U+0131,U+0152-0153,U+02C6,U+02DA,U+02DC,\
U+2013-2014,U+2018-201A,U+201C-201E,U+2022,U+2026,U+202F,U+2039-203A,U+20AC,U+2122,U+2212";

/// The weights and styles the stylesheet declares (regular and bold, each upright and italic).
const FACES: &[&str] = &["regular", "bold", "italic", "bolditalic"];

pub fn dir() -> PathBuf {
    root().join("frontend/styles/fonts/source-sans-pro")
}

pub fn write() -> Result<()> {
    let venv = scratch().join("venv-fonts");
    let pyftsubset = venv.join("bin/pyftsubset");
    step(&format!("installing fonttools {FONTTOOLS_VERSION} and brotli {BROTLI_VERSION} (.tmp/venv-fonts)"), || {
        crate::tools::pip_install(
            &venv,
            &[&format!("fonttools=={FONTTOOLS_VERSION}"), &format!("brotli=={BROTLI_VERSION}")],
        )
    })?;
    std::fs::create_dir_all(dir()).map_err(|e| crate::run::StepError {
        what: format!("could not create {}: {e}", dir().display()),
        fix: "check permissions".into(),
    })?;
    let source = root().join("node_modules/@uswds/uswds/dist/fonts/source-sans-pro");
    for face in FACES {
        let name = format!("sourcesanspro-{face}-webfont.woff2");
        step(&format!("subsetting {name}"), || {
            cmd(
                Command::new(&pyftsubset)
                    .arg(source.join(&name))
                    .arg(format!("--unicodes={UNICODES}"))
                    .args(["--flavor=woff2", "--layout-features=kern,liga"])
                    .arg(format!("--output-file={}", dir().join(&name).display())),
                "run `npm ci` first (the fonts come from npm @uswds/uswds)",
            )
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses `UNICODES` into inclusive ranges.
    fn ranges() -> Vec<(u32, u32)> {
        UNICODES
            .split(',')
            .map(|r| {
                let r = r.trim().trim_start_matches("U+");
                let (a, b) = r.split_once('-').unwrap_or((r, r));
                (u32::from_str_radix(a, 16).expect("hex"), u32::from_str_radix(b, 16).expect("hex"))
            })
            .collect()
    }

    /// Every character of the public catalogs' text in all three languages is in the subset, so
    /// no letter falls back to another typeface. (The files are read as text: a catalog is Rust
    /// source whose string literals are the words.)
    #[test]
    fn every_catalog_character_is_in_the_font_subset() {
        let ranges = ranges();
        let i18n = root().join("shared/src/i18n");
        let mut files = vec![];
        for dir in [i18n.clone(), i18n.join("es"), i18n.join("fr")] {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "rs") {
                    files.push(path);
                }
            }
        }
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            // Only inside string literals; comments may hold anything.
            for (i, literal) in text.split('"').enumerate().filter(|(i, _)| i % 2 == 1) {
                // Line breaks of long literals (and of text between two literals) are not drawn.
                for c in literal.chars().filter(|c| !c.is_control()) {
                    let u = c as u32;
                    assert!(
                        ranges.iter().any(|(a, b)| (*a..=*b).contains(&u)),
                        "{}: {c:?} (U+{u:04X}) in literal {i} is not in fonts::UNICODES",
                        file.display()
                    );
                }
            }
        }
    }

    #[test]
    fn the_committed_subsets_exist() {
        for face in FACES {
            let file = dir().join(format!("sourcesanspro-{face}-webfont.woff2"));
            let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
            assert!(size > 4_000 && size < 16_000, "{} is a subset ({size} bytes)", file.display());
        }
    }
}
