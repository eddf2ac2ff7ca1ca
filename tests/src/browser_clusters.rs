//! The cluster view in headless Chromium: a reviewer sees how copies of a letter differ from
//! the representative (removed and added words marked), and answers them all at once.

use serde_json::{json, Value};

use crate::app::{search_word, TestApp};
use crate::browser::Browser;

#[tokio::test]
async fn a_reviewer_answers_a_campaign_from_its_cluster_view() {
    let app = TestApp::shared();
    let tag = search_word("zk");
    let mut tns = Vec::new();
    for (greeting, lanes) in
        [("Dear CBP,", "FAST lanes"), ("Hello,", "FAST lanes"), ("Dear CBP,", "dedicated FAST lanes")]
    {
        let text = format!(
            "{greeting}\n\nThe {lanes} at our crossing close every afternoon, when most of our trucks arrive. \
             The benefit of membership is lost for carriers that cross after noon. We ask CBP to keep the lanes open \
             during peak commercial hours and to publish their hours. Carriers plan their routes on those hours. \
             The {tag} carriers support this request.\n\nRegards,\nA carrier"
        );
        let body = json!({"submitter_kind": "anonymous", "entity_type": "highway_carrier_us_canada", "ctpat_status": "tier_2",
                          "topic": "benefits", "title": format!("Keep FAST lanes open {tag}"), "feedback": text});
        tns.push(app.submit_ok(&body).await);
    }
    let reviewer = app.as_reviewer().await;
    reviewer.analysed(&tns).await;
    let d = reviewer.submission(&tns[0]).await;
    let cluster = d["cluster"].as_i64().unwrap();
    assert_eq!(d["cluster_size"], json!(3));

    let b = Browser::signed_in(&app.url, "PORTAL_REVIEWER").await;
    b.open(&format!("/review/submissions/{}", tns[2])).await;
    b.click_link_and_see("Cluster of 3", "Near-identical submissions").await;
    assert!(b.path().await.contains(&format!("/review/clusters/{cluster}")));
    b.wait_for_css("ins").await;
    b.assert_accessible("the cluster view").await;
    b.select("New status", "Under review").await;
    b.fill("Public response", "CBP is reviewing FAST lane hours at this crossing.").await;
    b.click_button_and_see("Answer every member", "Answered 3 submissions.").await;
    b.assert_accessible("the cluster view after answering").await;
    b.close().await;
    for tn in &tns {
        let receipt: Value = app.receipt(tn).await.json().await.unwrap();
        assert_eq!(receipt["public_response"]["text"], "CBP is reviewing FAST lane hours at this crossing.");
    }
}
