//! The reviewer workspace in headless Chromium, used through its visible labels.

use crate::app::{identified, search_word, unique, TestApp};
use crate::browser::Browser;
use shared::api::SubmissionReceipt;

#[tokio::test]
async fn a_reviewer_triages_a_submission_and_the_submitter_sees_the_response_not_the_note() {
    let app = TestApp::shared();
    let word = search_word("zb");
    let mut body = identified(&unique("Seal checklist"));
    body["feedback"] = serde_json::json!(format!("Seal checks differ by port; {word}."));
    let receipt: SubmissionReceipt = app.submit(&body).await.json().await.unwrap();
    let tn = receipt.tracking_number.clone();

    let b = Browser::opened(&app.url, "/review").await;
    b.wait_for_text("Reviewer sign in").await;
    assert!(b.path().await.starts_with("/review/sign-in"), "not signed in: sent to sign in");
    b.sign_in_with("test-reviewer@example.gov", "certainly not the password").await;
    b.wait_for_text("The email address or password is not correct.").await;
    b.assert_accessible("sign-in with an error").await;
    b.sign_in_with_account("PORTAL_REVIEWER").await;
    b.wait_for_text("Filter submissions").await;
    assert_eq!(b.text_of("main h1").await, "Submissions");
    b.assert_accessible("the queue").await;

    b.fill("Search", &word).await;
    b.click_button_and_see("Apply filters", &receipt.summary.title).await;
    assert!(b.path().await.contains(&format!("q={word}")), "the filter is in the address: {}", b.path().await);
    b.wait_for_text("1 submission matches these filters.").await;
    b.click_link_and_see(&tn, &format!("Submission {tn}")).await;
    b.wait_for_text("ana.ruiz@example.com").await;
    b.assert_accessible("a submission").await;

    b.select("New status", "Under review").await;
    b.click_button_and_see("Change status", "Status changed.").await;
    b.fill("New internal note", "INTERNAL-NOTE call the broker").await;
    b.click_button_and_see("Add note", "Note added.").await;
    b.fill("Public response", "CBP will publish one seal checklist for all ports.").await;
    b.click_button_and_see("Publish response", "Response published.").await;
    b.wait_for_text("INTERNAL-NOTE call the broker").await;
    b.assert_accessible("a submission after changes").await;

    // The submitter's view.
    b.open(&format!("/check?number={tn}")).await;
    b.wait_for_text("CBP will publish one seal checklist for all ports.").await;
    b.wait_for_text("A CBP reviewer is working on your feedback.").await;
    let page = b.client.find(fantoccini::Locator::Css("body")).await.unwrap().text().await.unwrap();
    assert!(!page.contains("INTERNAL-NOTE"), "the note stays internal");
    assert!(!page.contains("ana.ruiz@example.com"), "no contact details on a receipt");
    b.close().await;
}

#[tokio::test]
async fn an_admin_manages_reviewers_and_reads_the_audit_log() {
    let app = TestApp::shared();
    let b = Browser::signed_in(&app.url, "PORTAL_ADMIN").await;
    b.click_link_and_see("Users", "Add a reviewer").await;
    b.assert_accessible("the users page").await;
    let email = format!("{}@example.gov", unique("new").split_whitespace().last().unwrap());
    b.fill("Name", "Nora New").await;
    b.fill("Email address", &email).await;
    b.select("Role", "Reviewer").await;
    b.fill("Temporary password", "short").await;
    b.click_button_and_see("Add reviewer", "There is a problem").await;
    b.fill("Temporary password", "a long temporary password").await;
    b.click_button_and_see("Add reviewer", "Added Nora New.").await;
    b.wait_for_text(&email).await;
    b.click_link_and_see("Audit log", "Filter the audit log").await;
    b.wait_for_text("create_user").await;
    b.assert_accessible("the audit log").await;
    b.click_button_and_see("Sign out", "Reviewer sign in").await;
    b.close().await;
}
