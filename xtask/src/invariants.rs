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

/// The files under `worker/src` outside a `store.rs` that prepare SQL statements.
pub fn sql_outside_stores(root: &Path) -> Vec<String> {
    rust_files(&root.join("worker/src"))
        .into_iter()
        .filter(|p| p.file_name().is_some_and(|n| n != "store.rs"))
        .filter(|p| std::fs::read_to_string(p).is_ok_and(|s| s.contains("prepare(")))
        .map(|p| p.strip_prefix(root).unwrap_or(&p).display().to_string())
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
}
