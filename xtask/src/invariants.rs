//! Checks of the code map's invariants (ARCHITECTURE.md) that a reader could not keep by eye.
//! They run with the native unit tests (`cargo test --workspace`, part of `cargo xtask test`).

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, sorted.
pub fn rust_files(dir: &Path) -> Vec<PathBuf> {
    crate::build::files_under(dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .map(|p| dir.join(p))
        .collect()
}

/// The files under `worker/src` outside a store (a `store.rs`, or a file of a `store/` folder)
/// that prepare SQL statements.
pub fn sql_outside_stores(root: &Path) -> Vec<String> {
    let in_store =
        |p: &Path| p.file_name().is_some_and(|n| n == "store.rs") || p.components().any(|c| c.as_os_str() == "store");
    rust_files(&root.join("worker/src"))
        .into_iter()
        .filter(|p| !in_store(p))
        .filter(|p| std::fs::read_to_string(p).is_ok_and(|s| s.contains("prepare(")))
        .map(|p| p.strip_prefix(root).unwrap_or(&p).display().to_string())
        .collect()
}

/// The longest a source file may be before its unit tests: past that, a reader wants it cut
/// into modules that each say what they hold.
pub const MAX_LINES: usize = 500;

/// Source files of the crates (not the black-box test crate) longer than [`MAX_LINES`] before
/// their `#[cfg(test)]` module, with that length.
pub fn long_files(root: &Path) -> Vec<(String, usize)> {
    ["shared/src", "worker/src", "frontend/src", "xtask/src"]
        .iter()
        .flat_map(|dir| rust_files(&root.join(dir)))
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            let lines = text.lines().take_while(|l| !l.starts_with("#[cfg(test)]")).count();
            (lines > MAX_LINES).then(|| (p.strip_prefix(root).unwrap_or(&p).display().to_string(), lines))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the workspace").to_path_buf()
    }

    #[test]
    fn sql_lives_only_in_store_modules() {
        let root = root();
        assert!(rust_files(&root.join("worker/src")).len() > 20, "the worker's sources are found");
        assert_eq!(sql_outside_stores(&root), Vec::<String>::new(), "move these statements into a store.rs");
    }

    #[test]
    fn no_source_file_is_longer_than_a_reader_can_hold() {
        assert_eq!(long_files(&root()), Vec::<(String, usize)>::new(), "cut these into modules");
    }
}
