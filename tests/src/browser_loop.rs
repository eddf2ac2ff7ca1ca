//! Closing the loop in headless Chromium, through visible labels: an admin opens a
//! consultation, a stakeholder answers it with an attachment, a reviewer publishes a redacted
//! version and responds, the public board shows it with the response, someone supports it, and
//! the submitter's receipt shows the update. axe-core checks every page on the way.

use crate::app::{day, search_word, unique, TestApp};
use crate::browser::Browser;

#[tokio::test]
async fn a_consultation_is_answered_published_supported_and_the_submitter_sees_the_update() {
    let app = TestApp::shared();
    let word = search_word("zl");
    let consultation = unique("Validation timelines");

    // An admin opens a consultation.
    let admin = Browser::signed_in(&app.url, "PORTAL_ADMIN").await;
    admin.click_link_and_see("Consultations", "Open a consultation").await;
    admin.assert_accessible("the consultations page").await;
    admin.fill("Title", &consultation).await;
    admin.fill("Question asked", "How long did your last validation take, from notice to report?").await;
    admin.fill("Background", "COAC recommends standardizing validations.").await;
    admin.select("Topic", "Validations").await;
    admin.fill_date("Opens on", &day(-1)).await;
    admin.fill_date("Closes on", &day(20)).await;
    admin.click_button("Open consultation").await;
    admin.wait_for_css("table a").await;
    admin.wait_for_text(&consultation).await;
    admin.close().await;

    // A stakeholder answers it from the home page, with an attachment.
    let file = std::env::temp_dir().join(format!("{word}-timeline.txt"));
    std::fs::write(&file, "Notice: March 3. Visit: April 20. Report: September 1.").unwrap();
    let b = Browser::opened(&app.url, "/").await;
    b.wait_for_text(&consultation).await;
    b.assert_accessible("the home page with consultations").await;
    b.click_link_and_see(&consultation, "How long did your last validation take, from notice to report?").await;
    b.assert_accessible("a consultation page").await;
    b.click_link_and_see("Give feedback on this consultation", "Give feedback on CTPAT").await;
    b.choose("Anonymously").await;
    b.select("Business entity type", "Highway carrier (U.S./Mexico)").await;
    b.select("CTPAT status", "Tier II (validated)").await;
    b.select("Topic", "Validations").await;
    b.fill("Title", &format!("Six months for a report {word}")).await;
    b.fill("Feedback", &format!("Our report took six months. Contact Juan Pérez at our Laredo yard. {word}")).await;
    b.choose("CBP may publish my feedback").await;
    b.attach("Attachments", &file).await;
    b.wait_for_text(&format!("{word}-timeline.txt")).await;
    b.assert_accessible("the form with an attachment").await;
    b.click_button_and_see("Submit feedback", "Your tracking number").await;
    let tn = b.text_of(".portal-tracking-number").await;
    assert!(tn.starts_with("CTPAT-"), "{tn}");

    // A reviewer publishes a redacted version and responds.
    let r = Browser::signed_in(&app.url, "PORTAL_REVIEWER").await;
    r.open(&format!("/review/submissions/{tn}")).await;
    r.wait_for_text(&format!("Submission {tn}")).await;
    r.wait_for_text(&consultation).await;
    r.wait_for_text(&format!("{word}-timeline.txt")).await;
    r.fill("Public feedback", &format!("Our report took six months. [Name withheld.] {word}")).await;
    r.choose(&format!("Publish {word}-timeline.txt")).await;
    r.click_button_and_see("Publish", "View board item").await;
    r.fill("Public response", "CBP will set a 90-day target for validation reports.").await;
    r.click_button_and_see("Publish response", "Response published.").await;
    r.assert_accessible("a published submission").await;
    r.close().await;

    // The public board shows it with the response, never the redacted name.
    b.click_link("Public board").await;
    b.fill("Search", &word).await;
    b.click_button_and_see("Apply filters", &format!("Six months for a report {word}")).await;
    b.assert_accessible("the public board").await;
    b.click_link_and_see(
        &format!("Six months for a report {word}"),
        "CBP will set a 90-day target for validation reports.",
    )
    .await;
    b.wait_for_text("[Name withheld.]").await;
    let page = b.text_of("main").await;
    assert!(!page.contains("Juan Pérez"), "the redacted name never reaches the board");
    b.assert_accessible("a board item").await;

    // Someone supports it, and the count for their entity type rises.
    b.select("Your business entity type", "Customs broker").await;
    b.click_button_and_see("This matters to us too", "Thank you. Your support has been counted.").await;
    let counts = b.text_of("main table").await;
    assert!(counts.contains("Customs broker") && counts.contains('1'), "{counts}");
    b.assert_accessible("a board item after support").await;

    // The submitter's receipt shows the publication and the response.
    b.open(&format!("/check?number={tn}")).await;
    b.wait_for_text("CBP will set a 90-day target for validation reports.").await;
    b.wait_for_text("Published on the public board").await;
    b.wait_for_text(&consultation).await;
    b.assert_accessible("the receipt after the update").await;
    b.close().await;
    let _ = std::fs::remove_file(file);
}
