//! Languages through the API: feedback stored with the language it is written in, reviewers'
//! language filter, accent-insensitive search, emails in the language of the page, and field
//! errors that carry what a client needs to word them in its own language.

use serde_json::{json, Value};

use crate::app::{anonymous, search_word, tracking_number, unique, TestApp};

async fn submit_in(app: &TestApp, body: &Value, accept_language: &str) -> String {
    let r = app
        .post_json("/api/v1/submissions")
        .header("Accept-Language", accept_language)
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    tracking_number(r).await
}

#[tokio::test]
async fn feedback_keeps_its_language_and_reviewers_filter_and_search_across_accents() {
    let app = TestApp::shared();
    let word = search_word("zv");
    let mut spanish = anonymous(&format!("Validación de sellos {word}"));
    spanish["feedback"] =
        json!(format!("La validación de los sellos es diferente en cada cruce y nos cuesta horas. {word}"));
    spanish["recommendation"] = json!("");
    let mut french = anonymous(&format!("Vérification des scellés {word}"));
    french["feedback"] = json!(format!(
        "La vérification des scellés n'est pas la même à chaque passage et nous coûte des heures. {word}"
    ));
    french["recommendation"] = json!("");
    // Written in Spanish from the English page: stored as Spanish.
    let es = submit_in(&app, &spanish, "en-US,en;q=0.9").await;
    let fr = submit_in(&app, &french, "fr-CA").await;
    let en = submit_in(&app, &anonymous(&format!("Seal checks {word}")), "en").await;

    let reviewer = app.as_reviewer().await;
    reviewer.analysed(&[es.clone(), fr.clone(), en.clone()]).await;
    let page = |query: String| {
        let reviewer = reviewer.clone();
        async move {
            let v: Value = reviewer.get_json(&format!("/api/v1/review/submissions?{query}")).await;
            v["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["tracking_number"].as_str().unwrap().to_owned())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(page(format!("q={word}&language=es")).await, std::slice::from_ref(&es));
    assert_eq!(page(format!("q={word}&language=fr")).await, std::slice::from_ref(&fr));
    assert_eq!(page(format!("q={word}&language=en")).await, [en]);
    let detail = reviewer.submission(&es).await;
    assert_eq!(detail["language"], "es");
    // Accents are ignored both ways: "validacion" finds "validación", "verification" finds
    // "vérification".
    assert_eq!(page(format!("q=validacion+{word}")).await, [es]);
    assert_eq!(page(format!("q=verification+{word}")).await, [fr]);
    let bad = reviewer.get("/api/v1/review/submissions?language=de").send().await.unwrap();
    assert_eq!(bad.status(), 400);
}

#[tokio::test]
async fn emails_are_written_in_the_language_of_the_page() {
    let app = TestApp::shared();
    let admin = app.as_admin().await;
    let mut body = crate::app::identified(&unique("Idioma"));
    let email = format!("{}@example.com", unique("es").split_whitespace().last().unwrap());
    body["email"] = json!(email);
    let tn = submit_in(&app, &body, "es-MX,es;q=0.9,en;q=0.5").await;
    let mut found = None;
    for _ in 0..50 {
        let all: Vec<Value> = admin.get_json("/api/v1/admin/outbox").await;
        found = all.into_iter().find(|m| m["recipient"] == json!(email));
        if found.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    let message = found.expect("a receipt email");
    let es = shared::language::Lang::Es.messages().notify;
    assert_eq!(message["subject"], json!((es.received_subject)(&tn)));
    assert!(message["body"].as_str().unwrap().contains(&tn));
}

#[tokio::test]
async fn field_errors_carry_their_details_for_any_language() {
    let app = TestApp::shared();
    let mut body = anonymous("x");
    body["title"] = json!("y".repeat(201));
    let r = app.submit(&body).await;
    assert_eq!(r.status(), 400);
    let mut error: shared::api::ApiError = r.json().await.unwrap();
    assert_eq!(error.fields[0].problem, Some(shared::text::Problem::TooLong { max: 200, actual: 201 }));
    error.localize(shared::language::Lang::Fr.messages());
    let fr = shared::language::Lang::Fr.messages();
    assert_eq!(error.message, fr.error_summary_heading);
    assert_eq!(
        error.fields[0].message,
        fr.problem_message("title", shared::text::Problem::TooLong { max: 200, actual: 201 })
    );
}
