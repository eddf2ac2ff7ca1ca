//! "Two-step verification": where a reviewer or admin stands, and setting it up. Not set up: a
//! button starts it (a new secret), the page shows the secret as a QR code and as text, and a
//! code from the app turns it on and shows the recovery codes once. Set up: a current code gets
//! a new set of recovery codes. When an admin requires two-step verification and the account
//! has not set it up, the workspace shows only this page (`workspace::ReviewArea`).

pub(super) mod forms;

use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::future::Future;
use std::pin::Pin;

use shared::api::mfa::{RecoveryCodes, TotpSetup};
use shared::api::ErrorCode;

use super::{alert, failure_problems, use_reviewer, use_session_ended, use_two_step};
use crate::api::review::Reviewer;
use crate::api::Failure;
use crate::components::error_summary::{focus_summary, ErrorSummary, Problem};
use crate::components::qr_code::QrCodeSvg;
use crate::i18n::set_page_title;
use crate::pages::review::buttons::ActionButton;
use crate::paths::QUEUE_PAGE;
use forms::{code_problems, focus_when_drawn, AppCodeForm};

const SCAN_HEADING: &str = "two-step-scan-heading";
const NEW_CODES_HEADING: &str = "new-codes-heading";
const CODES_HEADING: &str = "recovery-codes-heading";
/// The secret as text (the browser tests read it here).
const SECRET: &str = "totp-secret";
/// The list of recovery codes.
const CODES_LIST: &str = "recovery-codes";

/// The base32 secret in groups of four characters, easier to read and to type.
fn grouped(secret: &str) -> String {
    let chars: Vec<char> = secret.chars().filter(|c| !c.is_whitespace() && *c != '=').collect();
    chars.chunks(4).map(|group| group.iter().collect::<String>()).collect::<Vec<_>>().join(" ")
}

/// What the page's parts share: the reviewer's client, the error summary and the busy flag.
#[derive(Clone, Copy)]
struct Page {
    reviewer: StoredValue<Reviewer>,
    problems: RwSignal<Vec<Problem>>,
    summary: NodeRef<Div>,
    ended: RwSignal<bool>,
    busy: RwSignal<bool>,
}

impl Page {
    /// Sign in again on 401 (the workspace sends the person and brings them back), else the
    /// problems `describe` finds in the failure.
    fn failed(self, failure: Failure, describe: impl FnOnce(&Failure) -> Vec<Problem>) {
        match failure {
            Failure::Unauthorized => self.ended.set(true),
            other => {
                self.problems.set(describe(&other));
                focus_summary(self.summary);
            }
        }
    }
}

#[component]
pub fn TwoStep() -> impl IntoView {
    let w = crate::i18n::reviewer().two_step;
    set_page_title(w.title);
    let two_step = use_two_step();
    let page = Page {
        reviewer: StoredValue::new(use_reviewer()),
        problems: RwSignal::new(Vec::new()),
        summary: NodeRef::new(),
        ended: use_session_ended(),
        busy: RwSignal::new(false),
    };
    let setup = RwSignal::new(None::<TotpSetup>);
    let codes = RwSignal::new(None::<Vec<String>>);
    let notice = RwSignal::new(None::<&'static str>);
    let required = move || two_step.with(|s| s.required && !s.enrolled);
    let enrolled = move || two_step.with(|s| s.enrolled);

    view! {
        <div class="usa-section">
            <h1>{w.title}</h1>
            {move || required().then(|| alert("usa-alert--warning", w.required_alert.to_owned()))}
            <p class="usa-intro">{w.lead}</p>
            <p>
                <strong>{move || if enrolled() { w.status_on } else { w.status_off }}</strong>
            </p>
            <ErrorSummary problems=page.problems.into() node_ref=page.summary />
            <div role="status">{move || notice.get().map(|text| alert("usa-alert--info", text.to_owned()))}</div>
            {move || {
                if let Some(list) = codes.get() {
                    return view! { <RecoveryCodeList codes=list /> }.into_any();
                }
                if enrolled() {
                    return view! { <NewRecoveryCodes page codes /> }.into_any();
                }
                match setup.get() {
                    Some(setup) => view! { <ScanAndConfirm setup page codes /> }.into_any(),
                    None => view! { <StartSetup page setup notice /> }.into_any(),
                }
            }}
        </div>
    }
}

/// Not set up yet: what is needed, and the button that asks for a new secret.
#[component]
fn StartSetup(page: Page, setup: RwSignal<Option<TotpSetup>>, notice: RwSignal<Option<&'static str>>) -> impl IntoView {
    let w = crate::i18n::reviewer().two_step;
    let two_step = use_two_step();
    let start = move |_| {
        if page.busy.get_untracked() {
            return;
        }
        page.problems.set(Vec::new());
        notice.set(None);
        page.busy.set(true);
        let reviewer = page.reviewer.get_value();
        spawn_local(async move {
            let result = reviewer.start_totp().await;
            page.busy.set(false);
            match result {
                Ok(new) => {
                    setup.set(Some(new));
                    focus_when_drawn(SCAN_HEADING);
                }
                // Set up meanwhile (in another tab): say so and show what applies now.
                Err(Failure::Rejected(error)) if error.code == ErrorCode::Conflict => {
                    two_step.update(|s| s.enrolled = true);
                    notice.set(Some(w.already_on));
                }
                Err(failure) => page.failed(failure, |f| failure_problems(f, &[])),
            }
        });
    };
    view! {
        <p>{w.start_lead}</p>
        <ActionButton busy=page.busy.into() label=w.start_button busy_label=w.starting on_click=Callback::new(start) />
    }
}

/// The new secret as a QR code and as text, and the code from the app that turns it on.
#[component]
fn ScanAndConfirm(setup: TotpSetup, page: Page, codes: RwSignal<Option<Vec<String>>>) -> impl IntoView {
    let w = crate::i18n::reviewer().two_step;
    let two_step = use_two_step();
    let enrolled = Callback::new(move |()| two_step.update(|s| s.enrolled = true));
    view! {
        <section aria-labelledby=SCAN_HEADING>
            <h2 id=SCAN_HEADING tabindex="-1">
                {w.scan_heading}
            </h2>
            <ol class="usa-list">
                <li>{w.scan_steps[0]}</li>
                <li>
                    {w.scan_steps[1]}
                    <QrCodeSvg data=setup.otpauth_uri label=w.qr_label />
                    <p>
                        {w.manual_key} " "
                        <code id=SECRET class="portal-secret">
                            {grouped(&setup.secret)}
                        </code>
                    </p>
                    <p class="usa-hint">{w.manual_key_hint}</p>
                </li>
                <li>{w.scan_steps[2]}</li>
            </ol>
            <CodeForRecoveryCodes page codes button=w.turn_on busy_text=w.turning_on call=confirm_totp then=enrolled />
        </section>
    }
}

/// Set up: a current code from the app gets a new set of recovery codes.
#[component]
fn NewRecoveryCodes(page: Page, codes: RwSignal<Option<Vec<String>>>) -> impl IntoView {
    let w = crate::i18n::reviewer().two_step;
    view! {
        <section aria-labelledby=NEW_CODES_HEADING>
            <h2 id=NEW_CODES_HEADING>{w.new_codes_heading}</h2>
            <p>{w.new_codes_lead}</p>
            <CodeForRecoveryCodes
                page
                codes
                button=w.new_codes_button
                busy_text=w.new_codes_busy
                call=new_recovery_codes
            />
        </section>
    }
}

/// A call that sends a code from the app and answers with new recovery codes.
type CodeCall = Pin<Box<dyn Future<Output = Result<RecoveryCodes, Failure>>>>;

fn confirm_totp(reviewer: Reviewer, code: String) -> CodeCall {
    Box::pin(async move { reviewer.confirm_totp(&code).await })
}

fn new_recovery_codes(reviewer: Reviewer, code: String) -> CodeCall {
    Box::pin(async move { reviewer.new_recovery_codes(&code).await })
}

/// The form of one code from the app whose answer is a set of recovery codes (turning two-step
/// verification on, or a new set): `call` sends it; the codes are then shown, and `then` runs.
#[component]
fn CodeForRecoveryCodes(
    page: Page,
    codes: RwSignal<Option<Vec<String>>>,
    button: &'static str,
    busy_text: &'static str,
    call: fn(Reviewer, String) -> CodeCall,
    #[prop(optional)] then: Option<Callback<()>>,
) -> impl IntoView {
    let w = crate::i18n::reviewer().two_step;
    let send = Callback::new(move |code: String| {
        page.busy.set(true);
        let calling = call(page.reviewer.get_value(), code);
        spawn_local(async move {
            let result = calling.await;
            page.busy.set(false);
            match result {
                Ok(recovery) => {
                    codes.set(Some(recovery.codes));
                    if let Some(then) = then {
                        then.run(());
                    }
                    focus_when_drawn(CODES_HEADING);
                }
                Err(failure) => page.failed(failure, |f| code_problems(f, w.app_code, w.app_code_wrong)),
            }
        });
    });
    view! { <AppCodeForm problems=page.problems summary=page.summary busy=page.busy button busy_text send /> }
}

/// The recovery codes, shown this once, with what they are for.
#[component]
fn RecoveryCodeList(codes: Vec<String>) -> impl IntoView {
    let w = crate::i18n::reviewer().two_step;
    view! {
        <section aria-labelledby=CODES_HEADING>
            <h2 id=CODES_HEADING tabindex="-1">
                {w.codes_heading}
            </h2>
            <div class="usa-alert usa-alert--warning">
                <div class="usa-alert__body">
                    <h3 class="usa-alert__heading">{w.codes_warning_heading}</h3>
                    <p class="usa-alert__text">{w.codes_warning}</p>
                </div>
            </div>
            <ol id=CODES_LIST class="usa-list portal-recovery-codes" aria-labelledby=CODES_HEADING>
                {codes.into_iter().map(|code| view! { <li>{code}</li> }).collect_view()}
            </ol>
            <p>
                <a class="usa-link" href=QUEUE_PAGE>
                    {w.continue_to_queue}
                </a>
            </p>
        </section>
    }
}
