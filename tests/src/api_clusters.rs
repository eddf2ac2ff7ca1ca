//! Near-duplicates through the API: copies of one letter with edits land in one cluster, an
//! unrelated submission does not, a burst is flagged as a likely campaign, one answer reaches
//! every member's receipt, splitting and confirming work, and the board counts honestly.

use serde_json::{json, Value};

use crate::app::{search_word, TestApp};

/// A campaign letter with the edits campaigns make: greeting, a swapped word, an extra sentence,
/// a different signature. `tag` is a word only this test's letters contain, to find them.
fn letter(tag: &str, i: usize) -> Value {
    let greetings = [
        "Dear CBP,",
        "To the CTPAT program office,",
        "Hello,",
        "Dear COAC members,",
        "Good morning,",
        "Dear Sir or Madam,",
    ];
    let names = [
        "Maria Lopez, Lopez Freight",
        "John Park, Park Logistics",
        "Ana Silva",
        "Tom Reed, Reed Trucking",
        "Li Chen",
        "Omar Haddad",
    ];
    let word = if i.is_multiple_of(2) { "inspections" } else { "examinations" };
    let extra = if i.is_multiple_of(3) { " We have twelve trucks crossing every day." } else { "" };
    let text = format!(
        "{}\n\nOur members see seal {word} done differently at every port of entry along the southern border. \
         Drivers wait hours while officers apply steps that are not written in the minimum security criteria. \
         We ask CBP to publish one seal verification checklist with photographs and to train officers on it. \
         Partners who follow the published criteria should not be delayed by local practice.{extra} \
         The {tag} coalition supports this request.\n\nSincerely,\n{}",
        greetings[i % greetings.len()],
        names[i % names.len()]
    );
    json!({
        "submitter_kind": "anonymous", "entity_type": "highway_carrier_us_mexico", "ctpat_status": "tier_2",
        "topic": "minimum_security_criteria", "msc_category": "6", "title": format!("Seal verification checklist {tag}"),
        "feedback": text, "may_publish": true
    })
}

#[tokio::test]
async fn copies_cluster_are_answered_at_once_and_counted_honestly() {
    let app = TestApp::shared();
    let reviewer = app.as_reviewer().await;
    let tag = search_word("zc");
    let mut copies = Vec::new();
    for i in 0..6 {
        copies.push(app.submit_ok(&letter(&tag, i)).await);
    }
    let mut other = crate::app::anonymous(&format!("Validation reports are slow {tag}"));
    other["feedback"] = json!(format!("Our revalidation report took five months to arrive after the visit. {tag}"));
    let unrelated = app.submit_ok(&other).await;
    reviewer.analysed(&copies).await;
    reviewer.analysed(std::slice::from_ref(&unrelated)).await;

    let first = reviewer.submission(&copies[0]).await;
    let cluster = first["cluster"].as_i64().unwrap();
    for c in &copies {
        let d = reviewer.submission(c).await;
        assert_eq!(d["cluster"], json!(cluster), "{c} joined the campaign's cluster");
        assert_eq!(d["cluster_size"], json!(6));
    }
    assert_eq!(reviewer.submission(&unrelated).await["cluster_size"], json!(1));
    let page: Value = reviewer.get_json(&format!("/api/v1/review/submissions?q={tag}&limit=50")).await;
    let item = page["items"].as_array().unwrap().iter().find(|i| i["tracking_number"] == json!(copies[5])).unwrap();
    assert_eq!(item["likely_campaign"], json!(true), "six near-identical letters in minutes");

    let view: Value = reviewer.get_json(&format!("/api/v1/review/clusters/{cluster}")).await;
    assert_eq!(view["size"], json!(6));
    assert_eq!(view["representative"]["tracking_number"], json!(copies[0]));
    assert_eq!(view["members"].as_array().unwrap().len(), 5);

    // One answer for the whole cluster reaches every member's receipt.
    let answer =
        json!({"status": "under_review", "public_response": "CBP is drafting one seal checklist for all ports."});
    let r = reviewer.post(&format!("/api/v1/review/clusters/{cluster}/answer"), &answer).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.json::<Value>().await.unwrap()["updated"], json!(6));
    for c in &copies {
        let receipt: Value = app.receipt(c).await.json().await.unwrap();
        assert_eq!(receipt["status"], "under_review");
        assert_eq!(receipt["public_response"]["text"], "CBP is drafting one seal checklist for all ports.");
    }

    // The board counts the copies behind a published representative.
    let p = json!({"title": "Seal verification checklist", "feedback": "Publish one checklist for every port."});
    let d: Value = reviewer.publish(&copies[0], &p).await.json().await.unwrap();
    let item = d["publication"]["board_item"].as_i64().unwrap();
    let shown: Value = app.get(&format!("/api/v1/board/{item}")).await.json().await.unwrap();
    assert_eq!(shown["similar"], json!(5));

    // Support given to another published copy moves to the representative on confirmation.
    let d: Value = reviewer.publish(&copies[1], &p).await.json().await.unwrap();
    let copy_item = d["publication"]["board_item"].as_i64().unwrap();
    let support = json!({"entity_type": "sea_carrier", "organization": "", "supporter": format!("{:032x}", copy_item)});
    let r =
        app.post_json(&format!("/api/v1/board/{copy_item}/support")).body(support.to_string()).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let r = reviewer.post(&format!("/api/v1/review/clusters/{cluster}/confirm"), &json!({})).send().await.unwrap();
    assert_eq!(r.json::<Value>().await.unwrap()["confirmed"], json!(true));
    let rep: Value = app.get(&format!("/api/v1/board/{item}")).await.json().await.unwrap();
    assert_eq!(rep["support"]["total"], json!(1), "the copy's support now counts for the representative");

    // Splitting a member off leaves it on its own; the representative cannot be split off.
    let r = reviewer
        .post(&format!("/api/v1/review/clusters/{cluster}/split"), &json!({"tracking_numbers": [copies[5]]}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.json::<Value>().await.unwrap()["size"], json!(5));
    assert_eq!(reviewer.submission(&copies[5]).await["cluster_size"], json!(1));
    let r = reviewer
        .post(&format!("/api/v1/review/clusters/{cluster}/split"), &json!({"tracking_numbers": [copies[0]]}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    assert_eq!(app.get(&format!("/api/v1/review/clusters/{cluster}")).await.status(), 401);
}
