//! Headless Chromium through ChromeDriver (fantoccini), used the way a person uses the site:
//! fields are found by their visible labels, buttons and links by their text. Each `Browser`
//! has its own ChromeDriver, Chromium and profile, all stopped when it is dropped.

use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use xtask::tools::{CHROMEDRIVER, CHROMIUM};

pub struct Browser {
    pub client: Client,
    base: String,
    driver: Child,
    profile: PathBuf,
}

const WAIT: Duration = Duration::from_secs(15);

impl Browser {
    pub async fn start(base: &str) -> Browser {
        let port = xtask::http::free_port();
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .expect("start chromedriver");
        let profile = xtask::env::scratch().join(format!("chrome-profile-{}-{port}", std::process::id()));
        let caps = json!({
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=1280,1000", format!("--user-data-dir={}", profile.display()),
                ]
            }
        });
        let mut builder = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new());
        builder.capabilities(caps.as_object().unwrap().clone());
        let url = format!("http://127.0.0.1:{port}");
        let mut last_error = None;
        for _ in 0..50 {
            match builder.connect(&url).await {
                Ok(client) => return Browser { client, base: base.to_owned(), driver, profile },
                Err(e) => last_error = Some(e),
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        panic!("could not start a Chromium session: {last_error:?}");
    }

    /// A new browser on a page of the portal, its heading rendered (`open`).
    pub async fn opened(base: &str, path: &str) -> Browser {
        let b = Browser::start(base).await;
        b.open(path).await;
        b
    }

    /// Opens a page of the portal and waits for the app to render its heading.
    /// (`#main-content` is the app's own `<main>`: index.html's static shell, painted before the
    /// wasm runs, has a heading too.)
    pub async fn open(&self, path: &str) {
        self.client.goto(&format!("{}{path}", self.base)).await.expect("navigate");
        self.wait_for_css("main#main-content h1").await;
    }

    /// The paths of the scripts and wasm files this page has loaded so far (Resource Timing).
    pub async fn code_loaded(&self) -> Vec<String> {
        let script = "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)
            .filter(p => p.endsWith('.js') || p.endsWith('.wasm'));";
        let list = self.client.execute(script, vec![]).await.expect("read resource timing");
        serde_json::from_value(list).expect("a list of paths")
    }

    pub async fn wait_for_css(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css}: {e}"))
    }

    /// Waits until the page's visible text contains `text`.
    pub async fn wait_for_text(&self, text: &str) {
        let deadline = std::time::Instant::now() + WAIT;
        loop {
            let body = self.client.find(Locator::Css("body")).await.unwrap().text().await.unwrap_or_default();
            if body.contains(text) {
                return;
            }
            assert!(std::time::Instant::now() < deadline, "the page never showed {text:?}; it shows:\n{body}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn text_of(&self, css: &str) -> String {
        self.wait_for_css(css).await.text().await.unwrap()
    }

    /// The control whose `<label>` reads exactly `label` (ignoring the required marker and the
    /// description under checkbox and radio labels).
    pub async fn field(&self, label: &str) -> Element {
        let script = r#"
            const want = arguments[0];
            const norm = s => s.replace(/\s+/g, ' ').trim();
            for (const l of document.querySelectorAll('label')) {
                const c = l.cloneNode(true);
                c.querySelectorAll('abbr, .usa-checkbox__label-description').forEach(e => e.remove());
                if (norm(c.textContent) === want) return l.htmlFor;
            }
            return null;"#;
        let deadline = std::time::Instant::now() + WAIT;
        loop {
            if let Value::String(id) = self.client.execute(script, vec![json!(label)]).await.unwrap() {
                return self.client.find(Locator::Id(&id)).await.unwrap();
            }
            assert!(std::time::Instant::now() < deadline, "no field labelled {label:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn fill(&self, label: &str, text: &str) {
        let f = self.field(label).await;
        f.clear().await.unwrap();
        f.send_keys(text).await.unwrap();
    }

    /// Types a date into a `<input type="date">` as a person does in a US-English browser
    /// (month, day, year); `date` is `YYYY-MM-DD`.
    pub async fn fill_date(&self, label: &str, date: &str) {
        let (y, rest) = date.split_once('-').unwrap();
        let (m, d) = rest.split_once('-').unwrap();
        self.field(label).await.send_keys(&format!("{m}{d}{y}")).await.unwrap();
    }

    /// Enters a month into a `<input type="month">`; `month` is `YYYY-MM`. Headless Chromium's
    /// month picker does not take typed keys reliably, so when typing leaves it empty the value
    /// is set as the picker would set it (value, then an `input` event the app listens to).
    pub async fn fill_month(&self, label: &str, month: &str) {
        let (y, m) = month.split_once('-').unwrap();
        let f = self.field(label).await;
        f.send_keys(&format!("{m}{y}")).await.unwrap();
        if f.prop("value").await.unwrap().unwrap_or_default() != month {
            let script = "arguments[0].value = arguments[1]; \
                          arguments[0].dispatchEvent(new Event('input', { bubbles: true })); \
                          arguments[0].dispatchEvent(new Event('change', { bubbles: true }));";
            let el = serde_json::to_value(&f).unwrap();
            self.client.execute(script, vec![el, json!(month)]).await.unwrap();
        }
    }

    /// Chooses a file for a file input, as the file picker does.
    pub async fn attach(&self, label: &str, path: &std::path::Path) {
        self.field(label).await.send_keys(&path.display().to_string()).await.unwrap();
    }

    /// A string as an XPath literal (XPath 1.0 has no escapes: quote with the other quote).
    fn literal(s: &str) -> String {
        if !s.contains('\'') {
            format!("'{s}'")
        } else if !s.contains('"') {
            format!("\"{s}\"")
        } else {
            format!("concat('{}')", s.replace('\'', "', \"'\", '"))
        }
    }

    /// The XPath of a fieldset whose legend starts with `legend`.
    fn fieldset(legend: &str) -> String {
        format!("//fieldset[legend[starts-with(normalize-space(.), {})]]", Self::literal(legend))
    }

    /// Clicks the option `option` of the radio group `group` inside the section (a fieldset)
    /// whose legend starts with `section`: how a person answers one of many alike questions.
    pub async fn choose_in(&self, section: &str, group: &str, option: &str) {
        let xpath = format!(
            "{}{}//label[normalize-space(.)={}]",
            Self::fieldset(section),
            Self::fieldset(group),
            Self::literal(option)
        );
        let label = self.client.wait().at_most(WAIT).for_element(Locator::XPath(&xpath)).await;
        label.unwrap_or_else(|e| panic!("{section} / {group} / {option}: {e}")).click().await.unwrap();
    }

    /// Types into the control labelled `label` inside the section whose legend starts with `section`.
    pub async fn fill_in(&self, section: &str, label: &str, text: &str) {
        let xpath = format!("{}//label[normalize-space(.)={}]", Self::fieldset(section), Self::literal(label));
        let l = self.client.wait().at_most(WAIT).for_element(Locator::XPath(&xpath)).await;
        let id = l.unwrap_or_else(|e| panic!("{section} / {label}: {e}")).attr("for").await.unwrap().unwrap();
        let f = self.client.find(Locator::Id(&id)).await.unwrap();
        f.clear().await.unwrap();
        f.send_keys(text).await.unwrap();
    }

    pub async fn value_of(&self, label: &str) -> String {
        self.field(label).await.prop("value").await.unwrap().unwrap_or_default()
    }

    pub async fn select(&self, label: &str, option: &str) {
        self.field(label)
            .await
            .select_by_label(option)
            .await
            .unwrap_or_else(|e| panic!("{label}: no option {option:?}: {e}"));
    }

    /// Clicks the label of a radio button or checkbox, as a person does.
    pub async fn choose(&self, label: &str) {
        let id = self.field(label).await.attr("id").await.unwrap().unwrap();
        self.client.find(Locator::Css(&format!("label[for='{id}']"))).await.unwrap().click().await.unwrap();
    }

    pub async fn click_button(&self, text: &str) {
        let xpath = format!("//button[normalize-space(.)='{text}']");
        self.client.wait().at_most(WAIT).for_element(Locator::XPath(&xpath)).await.unwrap().click().await.unwrap();
    }

    pub async fn click_link(&self, text: &str) {
        let xpath = format!("//a[normalize-space(.)='{text}']");
        self.client.wait().at_most(WAIT).for_element(Locator::XPath(&xpath)).await.unwrap().click().await.unwrap();
    }

    /// Clicks a button and waits until the page shows `text`: a step and what it leads to.
    pub async fn click_button_and_see(&self, button: &str, text: &str) {
        self.click_button(button).await;
        self.wait_for_text(text).await;
    }

    /// Clicks a link and waits until the page shows `text`.
    pub async fn click_link_and_see(&self, link: &str, text: &str) {
        self.click_link(link).await;
        self.wait_for_text(text).await;
    }

    pub async fn path(&self) -> String {
        let url = self.client.current_url().await.unwrap();
        match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_owned(),
        }
    }

    /// Presses a key (a `fantoccini::key::Key` such as `Key::Tab`) on whatever has focus.
    pub async fn press(&self, key: fantoccini::key::Key) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let value: char = key.into();
        let actions = KeyActions::new("keyboard".into()).then(KeyAction::Down { value }).then(KeyAction::Up { value });
        self.client.perform_actions(actions).await.expect("key press");
    }

    /// The `id` and classes of the focused element.
    pub async fn focused(&self) -> (String, String) {
        let v = self
            .client
            .execute("const e = document.activeElement; return [e.id || '', e.className || ''];", vec![])
            .await
            .unwrap();
        (v[0].as_str().unwrap().to_owned(), v[1].as_str().unwrap().to_owned())
    }

    /// Runs axe-core's WCAG 2.0/2.1 A and AA rules on the page as it is now; fails on any violation.
    pub async fn assert_accessible(&self, state: &str) {
        let loaded = self.client.execute("return typeof window.axe !== 'undefined';", vec![]).await.unwrap();
        if loaded != Value::Bool(true) {
            let source = std::fs::read_to_string(xtask::env::root().join("node_modules/axe-core/axe.min.js"))
                .expect("npm ci installs axe-core");
            self.client.execute(&source, vec![]).await.expect("inject axe-core");
        }
        let script = r#"
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + n.failureSummary) }))))
                .catch(e => done([{ id: 'axe-error', help: String(e) }]));"#;
        let violations = self.client.execute_async(script, vec![]).await.expect("run axe");
        assert_eq!(violations, json!([]), "axe-core found WCAG violations on {state}: {violations:#}");
    }

    /// Fills in the reviewer sign-in form on the page and sends it.
    pub async fn sign_in_with(&self, email: &str, password: &str) {
        self.fill("Email address", email).await;
        self.fill("Password", password).await;
        self.click_button("Sign in").await;
    }

    /// Fills in and sends the sign-in form on the page with the suite's account in `var`
    /// (`PORTAL_ADMIN`, `PORTAL_REVIEWER`).
    pub async fn sign_in_with_account(&self, var: &str) {
        let (email, password) = crate::app::credentials(var);
        self.sign_in_with(&email, &password).await;
    }

    /// Signs in as the suite's account in `var` from the sign-in page and waits for the queue.
    pub async fn sign_in_as(&self, var: &str) {
        self.open("/review/sign-in").await;
        self.sign_in_with_account(var).await;
        self.wait_for_text("Filter submissions").await;
    }

    /// A new browser signed in as the suite's account in `var`, on the queue.
    pub async fn signed_in(base: &str, var: &str) -> Browser {
        let b = Browser::start(base).await;
        b.sign_in_as(var).await;
        b
    }

    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Chromium is ChromeDriver's child, in its process group: one signal stops both.
        xtask::run::signal_group(self.driver.id(), "KILL");
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}
