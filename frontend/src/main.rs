//! The CTPAT Feedback Portal in the browser: a Leptos single-page app compiled to wasm.
//!
//! Pages render and call the one typed client in `api`; every rule comes from `shared`, every
//! word from the message catalog in `shared::i18n`.

mod api;
mod app;
mod components;
mod i18n;
mod pages;
mod storage;

fn main() {
    console_error_panic_hook::set_once();
    i18n::init();
    leptos::mount::mount_to_body(app::App);
}
