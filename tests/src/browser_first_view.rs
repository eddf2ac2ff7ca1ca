//! The first view: a public page downloads only its own code. `cargo xtask build` splits the
//! app at its lazy routes and writes which files each split point needs
//! (`.tmp/frontend-split.json`); a visit to a public page must fetch none of the files that
//! only reviewer pages use, and the reviewer workspace must still work when its code arrives
//! later (a direct load, and a link followed from a public page).

use std::collections::BTreeSet;

use serde_json::Value;

use crate::app::TestApp;
use crate::browser::Browser;

/// The split point of the reviewer workspace's pages (`lazy_group!(reviewer_page, …)` in
/// `frontend/src/app.rs`; the splitter names it after the function and a hash).
const REVIEWER_SPLIT: &str = "reviewer_page_";

/// The files only reviewer pages need: in the reviewer split point's list and in no other's.
fn reviewer_only_files() -> BTreeSet<String> {
    let path = xtask::build::split_report();
    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("cargo xtask build writes the split report"))
            .expect("the split report is JSON");
    let splits = report["splits"].as_object().expect("splits");
    let files = |reviewer: bool| -> BTreeSet<String> {
        splits
            .iter()
            .filter(|(name, _)| name.starts_with(REVIEWER_SPLIT) == reviewer)
            .flat_map(|(_, files)| files.as_array().unwrap().iter().map(|f| f.as_str().unwrap().to_owned()))
            .collect()
    };
    assert!(
        splits.keys().any(|k| k.starts_with(REVIEWER_SPLIT)),
        "the reviewer workspace is a split point: {:?}",
        splits.keys().collect::<Vec<_>>()
    );
    let (reviewer, others) = (files(true), files(false));
    let only: BTreeSet<String> = reviewer.difference(&others).cloned().collect();
    assert!(!only.is_empty(), "the reviewer workspace has code of its own");
    only
}

#[tokio::test]
async fn public_pages_download_no_reviewer_code_and_the_workspace_still_loads() {
    let app = TestApp::shared();
    let reviewer_only = reviewer_only_files();
    let m = shared::language::Lang::En.messages();
    for (path, heading) in [
        ("/", m.home_title),
        ("/feedback", m.form_title),
        ("/check", m.check_title),
        ("/board", m.public.board_title),
        ("/survey", m.survey.title),
        ("/validation-report", m.validation.title),
        ("/benefits", m.benefits.title),
    ] {
        let b = Browser::opened(&app.url, path).await;
        b.wait_for_text(heading).await;
        let loaded = b.code_loaded().await;
        assert!(loaded.iter().any(|f| f.ends_with(".wasm")), "{path} loaded the app: {loaded:?}");
        let reviewer: Vec<&String> = loaded.iter().filter(|f| reviewer_only.contains(*f)).collect();
        assert!(reviewer.is_empty(), "{path} downloaded reviewer code {reviewer:?} (all: {loaded:?})");
        b.close().await;
    }

    // A direct load of a reviewer page fetches the workspace's code and shows the sign-in form.
    let b = Browser::opened(&app.url, "/review").await;
    b.wait_for_text(shared::i18n::REVIEW_EN.sign_in_title).await;
    b.field("Password").await;
    let loaded = b.code_loaded().await;
    assert!(loaded.iter().any(|f| reviewer_only.contains(f)), "the workspace's own code arrived: {loaded:?}");
    b.assert_accessible("the sign-in page, loaded directly").await;
    b.close().await;

    // From a public page, a link into the workspace is followed inside the app (no page load):
    // the router fetches the workspace's code then.
    let b = Browser::opened(&app.url, "/board").await;
    b.wait_for_text(m.public.board_title).await;
    b.client
        .execute(
            "window.__samePage = true; const a = document.createElement('a'); a.href = '/review';
             a.textContent = 'To the workspace'; document.querySelector('main').append(a); a.click();",
            vec![],
        )
        .await
        .unwrap();
    b.wait_for_text(shared::i18n::REVIEW_EN.sign_in_title).await;
    let same_page = b.client.execute("return window.__samePage === true;", vec![]).await.unwrap();
    assert_eq!(same_page, Value::Bool(true), "the link was followed by the router, not by a page load");
    let loaded = b.code_loaded().await;
    assert!(loaded.iter().any(|f| reviewer_only.contains(f)), "the workspace's code arrived on navigation: {loaded:?}");
    b.sign_in_as("PORTAL_REVIEWER").await;
    b.assert_accessible("the queue after the workspace was loaded lazily").await;
    b.close().await;
}
