//! The wasm link keeps its relocations (`--emit-relocs`): `cargo xtask build` splits the binary
//! at the `#[lazy]` functions (wasm_split_cli_support), which needs them to move code and data
//! into the chunks. Native builds (clippy, tests) link as usual.

fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg=--emit-relocs");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
