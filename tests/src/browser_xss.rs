//! Script injection through feedback text, in a real browser: payloads submitted as feedback
//! (and published, and answered) are shown as text on the reviewer's and the public's pages,
//! and nothing in them runs. Execution is detected three ways, installed before any page script
//! (Chrome DevTools `Page.addScriptToEvaluateOnNewDocument`): `alert`/`confirm`/`prompt` and
//! every `console` method are hooked, every resource from another origin is noted, and every
//! payload points at a loopback "beacon" socket that counts connections.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use fantoccini::wd::WebDriverCompatibleCommand;
use serde_json::{json, Value};

use crate::app::{identified, unique, TestApp};
use crate::browser::Browser;

/// A DevTools command through ChromeDriver's `goog/cdp/execute` endpoint.
#[derive(Debug)]
struct Cdp {
    cmd: &'static str,
    params: Value,
}

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "cmd": self.cmd, "params": self.params }).to_string()))
    }
}

/// Runs in every document before the app: records anything that looks like execution.
const HOOKS: &str = r#"
    window.__executed = [];
    const note = (kind, value) => window.__executed.push(kind + ': ' + String(value).slice(0, 300));
    window.alert = m => note('alert', m);
    window.confirm = m => { note('confirm', m); return false; };
    window.prompt = m => { note('prompt', m); return null; };
    for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace']) {
        const original = console[level].bind(console);
        console[level] = (...args) => { if (args.join(' ').includes('xss')) note('console.' + level, args.join(' ')); original(...args); };
    }
    document.addEventListener('securitypolicyviolation', e => note('csp', e.violatedDirective + ' ' + e.blockedURI));
    new PerformanceObserver(list => list.getEntries().forEach(e => {
        if (!e.name.startsWith(location.origin + '/')) note('resource', e.name);
    })).observe({ type: 'resource', buffered: true });
"#;

/// A socket that counts every connection made to it.
async fn beacon() -> (u16, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    tokio::spawn(async move {
        while let Ok((_socket, _)) = listener.accept().await {
            counter.fetch_add(1, Ordering::SeqCst);
        }
    });
    (port, hits)
}

/// Payloads that would each run script, load a resource or call the beacon if rendered as HTML.
fn payloads(port: u16) -> Vec<String> {
    let b = format!("http://127.0.0.1:{port}");
    vec![
        "<script>alert('xss-1')</script>".into(),
        format!("\"><img src=\"{b}/xss-2.png\" onerror=\"alert('xss-2')\">"),
        "<svg/onload=console.log('xss-3')>".into(),
        format!("<iframe src=\"javascript:fetch('{b}/xss-4')\"></iframe>"),
        format!("<a href=\"javascript:alert('xss-5')\">xss-5</a><style>@import '{b}/xss-6.css';</style>"),
        format!("<object data=\"{b}/xss-7\"></object><link rel=stylesheet href=\"{b}/xss-8.css\">"),
        "{{constructor.constructor('alert(\"xss-9\")')()}}".into(),
        "<details open ontoggle=alert('xss-10')>".into(),
    ]
}

#[tokio::test]
async fn payloads_in_feedback_are_shown_as_text_and_never_run() {
    let app = TestApp::shared();
    let (port, hits) = beacon().await;
    let p = payloads(port);
    let marker = unique("payloads");
    let title = format!("{} {} {marker}", p[0], p[1]);
    let feedback = format!("{}\n{}\n{}\n{}\n{}\n{}", p[2], p[3], p[4], p[5], p[6], p[7]);
    let mut body = identified(&title);
    body["organization"] = json!(p[1].clone());
    body["name"] = json!(p[2].clone());
    body["feedback"] = json!(feedback);
    body["may_publish"] = json!(true);
    let r = app.submit(&body).await;
    assert_eq!(r.status(), 201, "{:?}", r.text().await);
    let tn = r.json::<Value>().await.unwrap()["tracking_number"].as_str().unwrap().to_owned();

    let reviewer = app.as_reviewer().await;
    let response = format!("Thank you. {} {}", p[0], p[4]);
    let r = reviewer
        .patch(
            &format!("/api/v1/review/submissions/{tn}"),
            &json!({"status": "under_review", "public_response": response}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200, "{:?}", r.text().await);
    let publication = json!({"title": title, "feedback": feedback, "recommendation": p[6], "attachments": []});
    let r = reviewer.put(&format!("/api/v1/review/submissions/{tn}/publication"), &publication).send().await.unwrap();
    assert_eq!(r.status(), 200, "{:?}", r.text().await);
    let item = r.json::<Value>().await.unwrap()["publication"]["board_item"].as_i64().unwrap();

    let b = Browser::start(&app.url).await;
    b.client
        .issue_cmd(Cdp { cmd: "Page.addScriptToEvaluateOnNewDocument", params: json!({ "source": HOOKS }) })
        .await
        .expect("install the hooks before any page script");

    // The reviewer's pages: the queue and the submission (contact details included).
    b.sign_in_as("PORTAL_REVIEWER").await;
    let mut pages = vec![
        (format!("/review?q={}", shared::url::encode_component(&marker)), vec![p[0].clone()]),
        (
            format!("/review/submissions/{tn}"),
            vec![p[0].clone(), p[1].clone(), p[2].clone(), p[3].clone(), p[7].clone()],
        ),
    ];
    // The public's: the board, the item, the receipt check.
    pages.push((format!("/board?q={}", shared::url::encode_component(&marker)), vec![p[0].clone()]));
    pages.push((format!("/board/{item}"), vec![p[0].clone(), p[4].clone(), p[5].clone(), p[6].clone()]));
    pages.push((format!("/check?number={tn}"), vec![p[0].clone()]));
    for (path, shown) in &pages {
        b.open(path).await;
        for text in shown {
            // innerText joins lines with "\n"; each payload is on one line, so it appears whole.
            b.wait_for_text(text).await;
        }
        let executed = b.client.execute("return window.__executed || ['hooks missing'];", vec![]).await.unwrap();
        assert_eq!(executed, json!([]), "{path}: something in the payloads ran");
        let injected = b
            .client
            .execute(
                "return [...document.querySelectorAll('main script, main img[onerror], main svg[onload], main iframe, \
                 main object, main details[ontoggle], main link, main style')].length;",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(injected, json!(0), "{path}: no element came out of the payloads");
    }
    // Give any deferred load a moment, then count the beacon's connections.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(hits.load(Ordering::SeqCst), 0, "nothing called the beacon");
    b.close().await;
}
