//! `cargo xtask openapi`: writes the API's OpenAPI document (`shared::api::openapi::document`)
//! to worker/openapi.json, the file the worker serves at `/api/v1/openapi.json`. A unit test
//! fails while the committed file differs from what the code declares.

use std::path::PathBuf;

use crate::run::{fail, Result};

/// The committed document, which the worker embeds with `include_str!`.
pub fn path() -> PathBuf {
    crate::env::root().join("worker/openapi.json")
}

pub fn write() -> Result<()> {
    let file = path();
    match std::fs::write(&file, shared::api::openapi::document()) {
        Ok(()) => {
            eprintln!("    wrote {}", file.display());
            Ok(())
        }
        Err(e) => fail(format!("could not write {}: {e}", file.display()), "check the file's permissions"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn worker_openapi_json_is_up_to_date() {
        let committed = std::fs::read_to_string(super::path()).unwrap_or_default();
        assert!(
            committed == shared::api::openapi::document(),
            "worker/openapi.json is out of date: run `cargo xtask openapi`"
        );
    }
}
