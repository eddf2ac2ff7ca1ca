//! The site in headless Chromium, used through its visible labels; axe-core checks each state.

use fantoccini::key::Key;
use fantoccini::Locator;
use serde_json::Value;
use shared::api::SubmissionReceipt;

use crate::app::{anonymous, unique, TestApp};
use crate::browser::Browser;

#[tokio::test]
async fn the_home_page_has_the_federal_frame_and_leads_to_both_tasks() {
    let app = TestApp::shared();
    let b = Browser::opened(&app.url, "/").await;
    assert_eq!(b.text_of("main h1").await, "Tell CBP how CTPAT is working for you");

    // Keyboard: the first Tab reaches the skip link, and Enter on it moves focus to the content.
    b.press(Key::Tab).await;
    assert!(b.focused().await.1.contains("usa-skipnav"), "the first tab stop is the skip link");
    b.press(Key::Enter).await;
    assert_eq!(b.focused().await.0, "main-content");
    b.wait_for_text("An official website of the United States government").await;
    for link in [
        "About CBP",
        "Accessibility statement",
        "FOIA requests",
        "No FEAR Act data",
        "Office of the Inspector General",
        "Performance reports",
        "Privacy policy",
        "Visit USA.gov",
    ] {
        b.client
            .find(Locator::XPath(&format!("//a[normalize-space(.)='{link}']")))
            .await
            .unwrap_or_else(|_| panic!("identifier link {link}"));
    }
    for ask in ["Minimum security criteria", "Validations", "Benefits and how to measure them", "Communications"] {
        b.wait_for_text(ask).await;
    }
    b.assert_accessible("the home page").await;

    // The banner's disclosure works and is announced.
    let button = b.client.find(Locator::Css(".usa-banner__button")).await.unwrap();
    assert_eq!(button.attr("aria-expanded").await.unwrap().as_deref(), Some("false"));
    button.click().await.unwrap();
    assert_eq!(button.attr("aria-expanded").await.unwrap().as_deref(), Some("true"));
    b.wait_for_text("Secure .gov websites use HTTPS").await;
    b.assert_accessible("the home page with the banner open").await;

    b.click_link_and_see("Give feedback", "Give feedback on CTPAT").await;
    assert_eq!(b.path().await, "/feedback");
    assert!(b.client.title().await.unwrap().starts_with("Give feedback"), "the document title names the page");
    b.close().await;
}

#[tokio::test]
async fn a_stakeholder_submits_feedback_and_gets_a_printable_receipt() {
    let app = TestApp::shared();
    let b = Browser::opened(&app.url, "/feedback").await;
    b.assert_accessible("the empty feedback form").await;
    let title = unique("Cybersecurity for small brokers");
    b.choose("On behalf of an organization").await;
    b.fill("Your name", "Maria Gonzalez").await;
    b.fill("Organization", "Great Lakes Customs Brokerage").await;
    b.fill("Email address (optional)", "maria@example.com").await;
    b.select("Business entity type", "Customs broker").await;
    b.select("CTPAT status", "Tier II (validated)").await;
    b.select("Topic", "Minimum security criteria").await;
    b.select("Minimum security criteria category", "4. Cybersecurity").await;
    b.fill("Title", &title).await;
    let feedback = "The cybersecurity criteria assume an IT department.\nA five-person brokerage cannot run yearly penetration tests.";
    b.fill("Feedback", feedback).await;
    b.fill("What should CBP do? (optional)", "Scale the criteria to company size.").await;
    b.choose("CBP may publish my feedback").await;
    // The counter counts as the server does.
    let left = (shared::language::Lang::En.messages().chars_left)(5000 - feedback.chars().count() as i64);
    b.wait_for_text(&left).await;
    b.assert_accessible("the filled feedback form").await;
    b.click_button_and_see("Submit feedback", "Feedback received").await;
    let number = b.text_of("#tracking-number").await;
    assert!(shared::receipt::TrackingNumber::parse(&number).is_ok(), "a tracking number: {number}");
    assert_eq!(b.path().await, format!("/receipt/{number}"));
    for shown in [
        title.as_str(),
        "Great Lakes Customs Brokerage",
        "4. Cybersecurity",
        "Scale the criteria to company size.",
        "Customs broker",
    ] {
        b.wait_for_text(shown).await;
    }
    b.assert_accessible("the receipt").await;

    // It is stored: the public lookup finds it.
    let status: Value = app.receipt(&number).await.json().await.unwrap();
    assert_eq!(status["title"], Value::String(title.clone()));
    // The draft is gone once the receipt is issued.
    let draft = b.client.execute("return localStorage.getItem('ctpat-feedback-draft-v1');", vec![]).await.unwrap();
    assert_eq!(draft, Value::Null);
    b.open("/feedback").await;
    assert_eq!(b.value_of("Title").await, "");
    b.close().await;
}

#[tokio::test]
async fn an_empty_submit_shows_the_error_summary_focused_and_keeps_what_was_typed() {
    let app = TestApp::shared();
    let b = Browser::opened(&app.url, "/feedback").await;
    let title = unique("Half-finished");
    b.fill("Title", &title).await;
    b.click_button_and_see("Submit feedback", "There is a problem").await;
    let (_, classes) = b.focused().await;
    assert!(classes.contains("error-summary"), "focus moved to the error summary, not {classes:?}");
    for message in [
        "Select how you are submitting.",
        "Select your business entity type.",
        "Select your CTPAT status.",
        "Select a topic.",
        "Enter your feedback.",
    ] {
        b.client
            .find(Locator::XPath(&format!(
                "//div[contains(@class,'error-summary')]//a[normalize-space(.)='{message}']"
            )))
            .await
            .unwrap_or_else(|_| panic!("the summary links {message:?}"));
    }
    assert_eq!(b.value_of("Title").await, title, "what was typed is kept");
    b.assert_accessible("the form with errors").await;

    // Each summary entry takes focus to its field.
    b.click_link("Enter your feedback.").await;
    assert_eq!(b.focused().await.0, "feedback");
    b.click_link("Select a topic.").await;
    assert_eq!(b.focused().await.0, "topic");

    // Fixing a field removes its error without another submit.
    b.fill("Feedback", "Now there is feedback.").await;
    b.wait_for_text("There is a problem").await;
    let still = b.client.find_all(Locator::XPath("//a[normalize-space(.)='Enter your feedback.']")).await.unwrap();
    assert!(still.is_empty(), "the fixed field's error went away");
    assert_eq!(app.count_submissions_titled(&title).await, 0, "nothing was stored");
    b.close().await;
}

#[tokio::test]
async fn a_draft_survives_a_reload_and_can_be_discarded() {
    let app = TestApp::shared();
    let b = Browser::opened(&app.url, "/feedback").await;
    b.choose("Anonymously").await;
    b.select("Topic", "Validations").await;
    b.fill("Title", "Draft in progress").await;
    b.fill("Feedback", "I was typing when the browser crashed.").await;
    b.client.refresh().await.unwrap();
    b.wait_for_text("We restored the feedback you started on this device.").await;
    assert_eq!(b.value_of("Title").await, "Draft in progress");
    assert_eq!(b.value_of("Feedback").await, "I was typing when the browser crashed.");
    assert_eq!(b.value_of("Topic").await, "validations");
    assert_eq!(b.field("Anonymously").await.prop("checked").await.unwrap().as_deref(), Some("true"));
    b.assert_accessible("the restored draft").await;
    b.click_button("Start over").await;
    assert_eq!(b.value_of("Title").await, "");
    b.client.refresh().await.unwrap();
    b.wait_for_css("main#main-content h1").await;
    assert_eq!(b.value_of("Title").await, "", "the discarded draft does not come back");
    b.close().await;
}

#[tokio::test]
async fn checking_a_receipt_shows_its_status_and_refuses_a_malformed_number() {
    let app = TestApp::shared();
    let title = unique("Check me");
    let receipt: SubmissionReceipt = app.submit(&anonymous(&title)).await.json().await.unwrap();
    let b = Browser::opened(&app.url, "/").await;
    b.click_link_and_see("Check a receipt", "Enter the tracking number").await;
    b.fill("Tracking number", "not a number").await;
    b.click_button_and_see("Check status", "Enter a tracking number in the format CTPAT-XXXX-XXXX-XXXX.").await;
    b.assert_accessible("check a receipt with an error").await;

    // Typed as a person might read it aloud: lower case, no dashes.
    b.fill("Tracking number", &receipt.tracking_number.to_lowercase().replace('-', " ")).await;
    b.click_button_and_see("Check status", &title).await;
    b.wait_for_text("CBP has your feedback. A reviewer will read it.").await;
    b.wait_for_text("CBP has not responded yet.").await;
    assert_eq!(b.path().await, format!("/check?number={}", receipt.tracking_number));
    b.assert_accessible("a receipt's status").await;

    // An unknown number says so.
    b.fill("Tracking number", "CTPAT-0000-0000-0000").await;
    b.click_button_and_see("Check status", "We could not find feedback with that tracking number.").await;
    b.close().await;
}

#[tokio::test]
async fn markup_in_feedback_is_shown_as_text_and_never_runs() {
    let app = TestApp::shared();
    let b = Browser::opened(&app.url, "/feedback").await;
    // Any execution would set this flag or load an image that does not exist.
    b.client.execute("window.__pwned = false; window.alert = () => { window.__pwned = true; };", vec![]).await.unwrap();
    let payload = "<img src=x onerror=\"window.__pwned=true\"><script>window.__pwned=true</script>";
    b.choose("Anonymously").await;
    b.select("Business entity type", "Other").await;
    b.select("CTPAT status", "Prefer not to say").await;
    b.select("Topic", "Communications").await;
    b.fill("Title", payload).await;
    b.fill("Feedback", payload).await;
    b.click_button_and_see("Submit feedback", "Feedback received").await;
    b.wait_for_text("<script>window.__pwned=true</script>").await;
    let pwned = b.client.execute("return window.__pwned;", vec![]).await.unwrap();
    assert_eq!(pwned, Value::Bool(false));
    let injected = b.client.find_all(Locator::Css("main img[src='x'], main script")).await.unwrap();
    assert!(injected.is_empty(), "no element was created from the text");
    b.close().await;
}
