//! What every request and response must get right: content types, sizes, malformed bodies,
//! cross-site writes, methods, unknown routes and security headers.

use serde_json::Value;
use shared::api::SUBMISSIONS_PATH;

use crate::app::{anonymous, unique, TestApp};

async fn error(r: reqwest::Response, status: u16) -> Value {
    assert_eq!(r.status(), status);
    assert!(
        r.headers()
            .get("Content-Type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json")),
        "errors are JSON"
    );
    let v: Value = r.json().await.unwrap();
    assert!(v["code"].is_string() && v["message"].as_str().is_some_and(|m| !m.is_empty()), "one error shape: {v}");
    v
}

#[tokio::test]
async fn a_body_that_is_not_json_is_415_or_400_never_500() {
    let app = TestApp::shared();
    let url = format!("{}{SUBMISSIONS_PATH}", app.url);
    let r =
        app.http.post(&url).header("Content-Type", "text/plain").body(anonymous("x").to_string()).send().await.unwrap();
    assert_eq!(error(r, 415).await["code"], "unsupported_media_type");
    let r = app.http.post(&url).body("title=x").send().await.unwrap();
    assert_eq!(error(r, 415).await["code"], "unsupported_media_type");
    for bad in ["{", "", "[1,2]", "null", "\"text\"", "{\"title\": \"a\"} trailing"] {
        let r = app.post_json(SUBMISSIONS_PATH).body(bad).send().await.unwrap();
        assert_eq!(error(r, 400).await["code"], "malformed_json", "body {bad:?}");
    }
}

#[tokio::test]
async fn unknown_fields_and_wrong_types_are_named() {
    let app = TestApp::shared();
    let mut form = anonymous(&unique("Types"));
    form["is_admin"] = Value::Bool(true);
    let e = error(app.submit(&form).await, 400).await;
    assert_eq!(e["fields"][0]["field"], "is_admin");
    assert_eq!(e["fields"][0]["code"], "unknown_field");
    for (field, value) in [
        ("title", serde_json::json!(42)),
        ("may_publish", serde_json::json!("yes")),
        ("feedback", serde_json::json!(["a"])),
        ("topic", Value::Null),
    ] {
        let mut form = anonymous(&unique("Types"));
        form[field] = value;
        let e = error(app.submit(&form).await, 400).await;
        assert_eq!(e["fields"][0]["field"], field);
        assert_eq!(e["fields"][0]["code"], "wrong_type");
    }
}

#[tokio::test]
async fn an_oversized_body_is_413() {
    let app = TestApp::shared();
    let mut form = anonymous("Big");
    form["feedback"] = Value::String("z".repeat(70 * 1024));
    let e = error(app.submit(&form).await, 413).await;
    assert_eq!(e["code"], "payload_too_large");
}

#[tokio::test]
async fn writes_from_other_sites_are_refused() {
    let app = TestApp::shared();
    let title = unique("CSRF");
    // The same submission, sent with one header that says where it comes from.
    let send_with = |name: &'static str, value: &str| {
        app.post_json(SUBMISSIONS_PATH).header(name, value).body(anonymous(&title).to_string()).send()
    };
    let r = send_with("Origin", "https://evil.example").await.unwrap();
    assert_eq!(error(r, 403).await["code"], "cross_site_request");
    let r = send_with("Sec-Fetch-Site", "cross-site").await.unwrap();
    assert_eq!(error(r, 403).await["code"], "cross_site_request");
    assert_eq!(app.count_submissions_titled(&title).await, 0);
    // The site's own origin is welcome.
    let r = send_with("Origin", &app.url).await.unwrap();
    assert_eq!(r.status(), 201);
}

#[tokio::test]
async fn wrong_methods_get_405_with_allow_and_unknown_routes_a_json_404() {
    let app = TestApp::shared();
    let r = app.http.get(format!("{}{SUBMISSIONS_PATH}", app.url)).send().await.unwrap();
    assert_eq!(r.headers().get("Allow").unwrap(), "POST");
    error(r, 405).await;
    let r = app.http.delete(format!("{}/api/health", app.url)).send().await.unwrap();
    assert_eq!(r.headers().get("Allow").unwrap(), "GET");
    error(r, 405).await;
    let r = app.get("/api/v1/nothing-here").await;
    assert_eq!(error(r, 404).await["code"], "not_found");
}

fn assert_security_headers(r: &reqwest::Response, what: &str) {
    let h = r.headers();
    let get = |name: &str| h.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    let csp = get("Content-Security-Policy");
    assert!(csp.contains("frame-ancestors 'none'"), "{what}: CSP {csp:?}");
    assert!(!csp.contains("'unsafe-inline'"), "{what}: no inline scripts or styles: {csp:?}");
    assert!(get("Strict-Transport-Security").contains("max-age="), "{what}: HSTS");
    assert_eq!(get("X-Content-Type-Options"), "nosniff", "{what}");
    assert!(!get("Referrer-Policy").is_empty(), "{what}: Referrer-Policy");
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = TestApp::shared();
    // Answers of every kind from the worker: 200, 201, 204, 400, 401, 403, 404, 405, 413, 415,
    // a CSV, the OpenAPI document and a file download.
    for path in ["/api/health", "/api/v1/receipts/CTPAT-0000-0000-0000", "/api/nope", "/api/v1/openapi.json"] {
        assert_security_headers(&app.get(path).await, path);
    }
    assert_security_headers(&app.submit(&serde_json::json!({})).await, "a 400");
    let created = app.submit(&crate::app::anonymous(&crate::app::unique("Headers"))).await;
    assert_eq!(created.status(), 201);
    assert_security_headers(&created, "a 201");
    let r = app.http.put(format!("{}/api/v1/submissions", app.url)).send().await.unwrap();
    assert_eq!(r.status(), 405);
    assert_security_headers(&r, "a 405");
    let r = app.http.post(format!("{}/api/v1/submissions", app.url)).body("x").send().await.unwrap();
    assert_eq!(r.status(), 415);
    assert_security_headers(&r, "a 415");
    let r = app.post_json("/api/v1/submissions").body("x".repeat(70_000)).send().await.unwrap();
    assert_eq!(r.status(), 413);
    assert_security_headers(&r, "a 413");
    let r = app.post_json("/api/v1/submissions").header("Sec-Fetch-Site", "cross-site").body("{}").send().await;
    let r = r.unwrap();
    assert_eq!(r.status(), 403);
    assert_security_headers(&r, "a 403");
    assert_security_headers(&app.get("/api/v1/review/submissions").await, "a 401");
    let admin = app.as_admin().await;
    // Filtered to this test's own submission: unfiltered, the suite's rows may pass the export cap.
    let word = crate::app::search_word("zq");
    let mut mine = crate::app::anonymous(&format!("Headers export {word}"));
    mine["feedback"] = serde_json::json!(format!("Security headers on exports {word}"));
    assert_eq!(app.submit(&mine).await.status(), 201);
    let csv = admin.get(&format!("/api/v1/review/export.csv?q={word}")).send().await.unwrap();
    assert_eq!(csv.status(), 200);
    assert_security_headers(&csv, "a CSV export");
    let file = app.upload_ok("headers.txt", b"plain text".to_vec()).await;
    let mut body = crate::app::anonymous(&crate::app::unique("Headers file"));
    body["attachments"] = serde_json::json!([file]);
    let tn = app.submit(&body).await.json::<serde_json::Value>().await.unwrap()["tracking_number"]
        .as_str()
        .unwrap()
        .to_owned();
    let download = admin.get(&format!("/api/v1/review/submissions/{tn}/attachments/{file}")).send().await.unwrap();
    assert_eq!(download.status(), 200);
    assert_security_headers(&download, "a download");
    let csp = download.headers()["Content-Security-Policy"].to_str().unwrap();
    assert!(csp.starts_with("sandbox"), "a downloaded file cannot run on our origin: {csp}");
    let r = admin.delete("/api/v1/session").send().await.unwrap();
    assert_eq!(r.status(), 204);
    assert_security_headers(&r, "a 204");

    // Static files get theirs from `_headers`: the app's CSP lets its wasm compile and nothing else.
    let mut paths: Vec<String> = ["/", "/feedback", "/uswds/img/us_flag_small.png"].map(String::from).to_vec();
    paths.extend(asset_paths(&app).await);
    for path in &paths {
        let r = app.get(path).await;
        assert_eq!(r.status(), 200, "{path}");
        assert_security_headers(&r, path);
    }
    let csp = app.get("/").await.headers()["Content-Security-Policy"].to_str().unwrap().to_owned();
    for directive in
        ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'none'"]
    {
        assert!(csp.contains(directive), "the page's CSP has {directive}: {csp}");
    }
    assert!(!csp.contains("'unsafe-eval'") || csp.contains("'wasm-unsafe-eval'"), "{csp}");
    assert!(!csp.contains(" 'unsafe-eval'"), "no eval: {csp}");
}

#[tokio::test]
async fn deep_links_into_the_app_serve_the_page_shell() {
    let app = TestApp::shared();
    for path in ["/feedback", "/check?number=CTPAT-0000-0000-0000", "/receipt/CTPAT-0000-0000-0000", "/no/such/page"] {
        let r = app.get(path).await;
        assert_eq!(r.status(), 200, "{path}");
        let html = r.text().await.unwrap();
        assert!(html.contains("/assets/boot.") && html.contains("static-shell"), "{path} serves index.html");
    }
}

/// The files a first visit loads before any page's own code: what index.html names under
/// `/assets/` (stylesheet, shell.js, boot.js), then what those scripts import in turn (the
/// wasm-bindgen glue and the first wasm file, the split loader). Not the lazily loaded files.
async fn asset_paths(app: &TestApp) -> Vec<String> {
    let html = app.get("/").await.text().await.unwrap();
    let mut paths: Vec<String> = html.split('"').filter(|s| s.starts_with("/assets/")).map(str::to_owned).collect();
    let mut next = 0;
    while next < paths.len() {
        let path = paths[next].clone();
        next += 1;
        if !path.ends_with(".js") {
            continue;
        }
        let script = app.get(&path).await.text().await.unwrap();
        for quoted in script.split('"') {
            // `./name` strings are the glue's imports, and also its import object's keys (the
            // wasm's module names, such as `./app_bg.js`): only the imports carry a hash.
            let found = if let Some(rel) = quoted.strip_prefix("./").filter(|rel| carries_content_hash(rel)) {
                format!("/assets/{rel}")
            } else if quoted.starts_with("/assets/") {
                quoted.to_owned()
            } else {
                continue;
            };
            // The split loader's own list of lazily loaded files is not part of the first load.
            let lazy = path.contains("__wasm_split.") && found.ends_with(".wasm");
            if (found.ends_with(".js") || found.ends_with(".wasm")) && !lazy && !paths.contains(&found) {
                paths.push(found);
            }
        }
    }
    assert!(paths.len() >= 5, "index.html and its scripts name the app's files: {paths:?}");
    paths
}

/// `name.<16 hex digits>.ext`, as `cargo xtask build` names what it publishes.
fn carries_content_hash(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    let parts: Vec<&str> = name.split('.').collect();
    parts.len() >= 3
        && parts[parts.len() - 2].len() == 16
        && parts[parts.len() - 2].bytes().all(|b| b.is_ascii_hexdigit())
}

#[tokio::test]
async fn hashed_files_are_kept_a_year_and_pages_are_revalidated() {
    let app = TestApp::shared();
    let mut assets = asset_paths(&app).await;
    // The split files are named by the split loader, which index.html preloads.
    let loader =
        assets.iter().find(|p| p.contains("__wasm_split.")).expect("index.html preloads the split loader").clone();
    let script = app.get(&loader).await.text().await.unwrap();
    let chunks: Vec<String> = script
        .split('"')
        .filter(|s| s.starts_with("./") && s.ends_with(".wasm"))
        .map(|s| format!("/assets/{}", &s[2..]))
        .collect();
    assert!(chunks.len() >= 5, "the app is split into lazily loaded files: {chunks:?}");
    assets.extend(chunks.into_iter().take(3));
    for path in &assets {
        assert!(carries_content_hash(path), "{path} is named by its content");
        let r = app.get(path).await;
        assert_eq!(r.status(), 200, "{path}");
        assert_eq!(r.headers()["Cache-Control"], "public, max-age=31536000, immutable", "{path}");
        if path.ends_with(".wasm") {
            assert_eq!(r.headers()["Content-Type"], "application/wasm", "{path}");
        }
    }
    // A page names those files, so it is revalidated on each visit: unchanged, it costs a 304.
    for path in ["/", "/board", "/review/sign-in"] {
        let r = app.get(path).await;
        assert_eq!(r.headers()["Cache-Control"], "no-cache", "{path}");
        let etag = r.headers()["ETag"].to_str().unwrap().to_owned();
        let again = app.http.get(format!("{}{path}", app.url)).header("If-None-Match", &etag).send().await.unwrap();
        assert_eq!(again.status(), 304, "{path} revalidates to 304 Not Modified");
    }
}
