//! The CTPAT Feedback Portal in the browser: a Leptos single-page app compiled to wasm.
//!
//! Pages render and call the one typed client in `api`; every rule comes from `shared`, every
//! word from the message catalog in `shared::i18n`.

mod api;
mod app;
mod components;
mod i18n;
mod pages;
mod paths;
mod router;
mod storage;

fn main() {
    console_error_panic_hook::set_once();
    // Not Leptos's `spawn_local`: its executor is set up by `mount_to_body`, which comes after
    // the catalog has loaded.
    wasm_bindgen_futures::spawn_local(async {
        i18n::init().await;
        remove_static_shell();
        leptos::mount::mount_to_body(app::App);
    });
}

/// `index.html` paints the banner, the header and a heading before any wasm has arrived (see
/// `frontend/static/index.html`). The app draws the same frame itself, so the shell goes in the
/// same task that mounts the app: the browser never paints the page without a frame.
fn remove_static_shell() {
    if let Some(shell) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("static-shell"))
    {
        shell.remove();
    }
}
