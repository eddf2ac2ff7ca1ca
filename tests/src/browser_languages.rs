//! Spanish and French in headless Chromium: the switch on every page, `<html lang>`, the
//! choice remembered, and the whole submission flow — errors included — in each language,
//! found through the labels of that language's catalog. axe-core checks each language.

use fantoccini::Locator;
use shared::language::Lang;
use shared::taxonomy::{CtpatStatus, EntityType, SubmitterKind, Topic};

use crate::app::{unique, TestApp};
use crate::browser::Browser;

async fn html_lang(b: &Browser) -> String {
    b.client.find(Locator::Css("html")).await.unwrap().attr("lang").await.unwrap().unwrap_or_default()
}

async fn submit_feedback_in(lang: Lang) {
    let app = TestApp::shared();
    let m = lang.messages();
    let b = Browser::opened(&app.url, "/").await;
    b.wait_for_text(Lang::En.messages().home_title).await;
    b.click_button_and_see(lang.native_name(), m.home_title).await;
    assert_eq!(html_lang(&b).await, lang.tag());
    b.assert_accessible(&format!("the home page in {}", lang.tag())).await;

    b.click_link_and_see(m.nav_give_feedback, m.form_submit).await;
    // Errors in the page's language, in the summary and at the fields.
    b.click_button_and_see(m.form_submit, m.error_summary_heading).await;
    b.wait_for_text(&m.problem_message("title", shared::text::Problem::Required)).await;
    b.assert_accessible(&format!("the form with errors in {}", lang.tag())).await;

    let title = unique(match lang {
        Lang::Es => "Tiempos de validación",
        _ => "Délais de validation",
    });
    b.choose((m.submitter_kind)(SubmitterKind::Anonymous)).await;
    b.select(m.form_entity_type, (m.entity_type)(EntityType::HighwayCarrierUsMexico)).await;
    b.select(m.form_ctpat_status, (m.ctpat_status)(CtpatStatus::TierII)).await;
    b.select(m.form_topic, (m.topic)(Topic::Validations)).await;
    b.fill(m.form_title_field, &title).await;
    let text = match lang {
        Lang::Es => "El informe de nuestra revalidación tardó cinco meses y no pudimos actuar sobre los hallazgos.",
        _ => "Le rapport de notre revalidation a pris cinq mois et nous n'avons pas pu agir sur les constats.",
    };
    b.fill(m.form_feedback, text).await;
    b.click_button_and_see(m.form_submit, m.receipt_tracking_number).await;
    b.assert_accessible(&format!("the receipt in {}", lang.tag())).await;

    // The choice is remembered.
    b.open("/").await;
    b.wait_for_text(m.home_title).await;
    assert_eq!(html_lang(&b).await, lang.tag());
    b.close().await;
}

#[tokio::test]
async fn the_submission_flow_in_spanish() {
    submit_feedback_in(Lang::Es).await;
}

#[tokio::test]
async fn the_submission_flow_in_french() {
    submit_feedback_in(Lang::Fr).await;
}
