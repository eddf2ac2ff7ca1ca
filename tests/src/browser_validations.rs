//! Validation experience reports in headless Chromium, through visible labels: an admin adds a
//! field office, a partner files a report about it, and the reviewers' dashboard counts it.

use shared::language::Lang;
use shared::validation::{Measure, Rating};

use crate::app::{unique, TestApp};
use crate::browser::Browser;

#[tokio::test]
async fn a_partner_files_a_validation_report_and_reviewers_see_it_counted() {
    let app = TestApp::shared();
    let v = Lang::En.messages().validation;
    let office = unique("Laredo Field Office");

    let admin = Browser::signed_in(&app.url, "PORTAL_ADMIN").await;
    admin.click_link_and_see("Field offices", "Add a field office").await;
    admin.fill("Name", &office).await;
    admin.click_button_and_see("Add field office", &format!("Field office {office} added.")).await;
    admin.assert_accessible("the field offices page").await;

    let b = Browser::opened(&app.url, "/").await;
    b.click_link_and_see("Report on a validation", v.about_validation).await;
    b.assert_accessible("the validation report form").await;
    b.click_button_and_see("Submit report", "There is a problem").await;
    b.assert_accessible("the validation report form with errors").await;

    b.fill_month(v.month, "2026-03").await;
    b.choose("Revalidation").await;
    b.choose("Virtual").await;
    b.select(v.field_office, &office).await;
    b.select("Business entity type", "Customs broker").await;
    b.select("CTPAT status", "Tier II (validated)").await;
    for (m, value) in [
        (Measure::DaysNoticeToVisit, "30"),
        (Measure::DaysOnSite, "2"),
        (Measure::WeeksToReport, "14"),
        (Measure::Recommendations, "3"),
        (Measure::RequiredActions, "0"),
    ] {
        b.fill((v.measure)(m), value).await;
    }
    for r in Rating::ALL {
        let legend = (v.rating)(*r);
        b.choose_in(v.ratings_heading, legend.split(" (").next().unwrap(), "4").await;
    }
    b.click_button_and_see("Submit report", "Thank you").await;
    b.assert_accessible("the validation report receipt").await;
    b.close().await;

    let offices: Vec<serde_json::Value> = app.get("/api/v1/field-offices").await.json().await.unwrap();
    let id = offices.iter().find(|o| o["name"] == office.as_str()).unwrap()["id"].as_i64().unwrap();
    admin.open(&format!("/review/analytics/validations?field_office={id}")).await;
    admin.wait_for_text("Download these figures (CSV)").await;
    let reports = shared::i18n::REVIEW_EN.analytics.reports;
    admin.wait_for_text(&reports(1)).await;
    admin.assert_accessible("the validation dashboard").await;
    admin.close().await;
}
