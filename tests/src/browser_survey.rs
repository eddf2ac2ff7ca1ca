//! The benefit survey in headless Chromium, through visible labels: an admin opens a round, a
//! partner answers it (after fixing what the error summary points out), and the reviewers'
//! dashboard and the public summary show the new figures, charts with text alternatives.

use fantoccini::Locator;
use shared::survey::Benefit;

use crate::app::{day, unique, TestApp};
use crate::browser::Browser;

#[tokio::test]
async fn a_partner_answers_the_survey_and_the_figures_appear_for_reviewers_and_the_public() {
    let app = TestApp::shared();
    let m = shared::language::Lang::En.messages().survey;
    let round = unique("Benefit survey");

    // An admin opens a round.
    let admin = Browser::signed_in(&app.url, "PORTAL_ADMIN").await;
    admin.click_link_and_see("Survey rounds", "Open a survey round").await;
    admin.fill("Title", &round).await;
    admin.fill_date("Opens on", &day(-1)).await;
    admin.fill_date("Closes on", &day(10)).await;
    admin.click_button("Open survey round").await;
    admin.wait_for_css("table").await;
    admin.wait_for_text(&round).await;
    admin.assert_accessible("the survey rounds page").await;

    // A partner answers it. Other tests may open rounds too: take this one's id.
    let rounds: Vec<serde_json::Value> = app.get("/api/v1/surveys").await.json().await.unwrap();
    let id = rounds.iter().find(|r| r["title"] == round.as_str()).unwrap()["id"].as_i64().unwrap();
    let b = Browser::opened(&app.url, "/survey").await;
    b.wait_for_text("Fewer CBP examinations").await;
    b.assert_accessible("the survey").await;
    // Sending it empty: the error summary names what is missing, nothing is lost.
    b.select("Business entity type", "Sea carrier").await;
    b.click_button_and_see("Submit survey", "There is a problem").await;
    b.wait_for_text("Select your CTPAT status.").await;
    b.assert_accessible("the survey with errors").await;
    assert_eq!(b.value_of("Business entity type").await, "sea_carrier");

    b.select("CTPAT status", "Tier II (validated)").await;
    for benefit in Benefit::asked(false) {
        let name = (m.benefit)(benefit);
        let used = if benefit == Benefit::MraRecognition { "Yes" } else { "No" };
        b.choose_in(name, m.part_used, used).await;
    }
    let mra = (m.benefit)(Benefit::MraRecognition);
    b.choose_in(mra, "Value to your business", "4").await;
    b.fill_in(mra, "Hours saved per month", "12").await;
    b.click_button_and_see("Submit survey", "Thank you").await;
    b.wait_for_text("Your survey tracking number").await;
    b.assert_accessible("the survey receipt").await;

    // Reviewers see the figure for this round, drawn and tabulated.
    admin.open(&format!("/review/analytics?round={id}")).await;
    admin.wait_for_text("Download these figures (CSV)").await;
    let svg = admin.wait_for_css("svg[role='img']").await;
    let labelled = svg.attr("aria-labelledby").await.unwrap().expect("charts are labelled");
    for part in labelled.split_whitespace() {
        let text = admin.client.find(Locator::Id(part)).await.unwrap().prop("textContent").await.unwrap().unwrap();
        assert!(!text.trim().is_empty(), "the chart's {part} says something");
    }
    let main = admin.text_of("main").await;
    assert!(main.contains(mra), "the benefit is on the dashboard");
    admin.assert_accessible("the benefit dashboard").await;
    admin.click_link("Feedback analytics").await;
    admin.wait_for_css("svg[role='img']").await;
    admin.assert_accessible("the feedback dashboard").await;
    admin.close().await;

    // Four more sea carriers and one importer answer: the public sees the sea carriers' figures
    // and the importer's cell withheld.
    let answers = |entity: &str| {
        let answers: Vec<serde_json::Value> = Benefit::asked(false)
            .into_iter()
            .map(|x| {
                serde_json::json!({"benefit": x.code(), "used": if x == Benefit::MraRecognition { "yes" } else { "no" },
                                        "value": if x == Benefit::MraRecognition { "4" } else { "" }})
            })
            .collect();
        serde_json::json!({"entity_type": entity, "ctpat_status": "tier_2", "answers": answers})
    };
    for entity in ["sea_carrier", "sea_carrier", "sea_carrier", "sea_carrier", "us_importer"] {
        let r =
            app.post_json(&format!("/api/v1/surveys/{id}/responses")).body(answers(entity).to_string()).send().await;
        assert_eq!(r.unwrap().status(), 201);
    }
    b.open(&format!("/benefits?round={id}")).await;
    b.wait_for_text("Fewer than 5 responses").await;
    b.wait_for_text("Sea carrier").await;
    b.assert_accessible("the public benefit summary").await;
    b.close().await;
}
