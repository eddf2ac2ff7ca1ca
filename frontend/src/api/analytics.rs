//! The analytics client: the reviewers' dashboards (methods of [`Reviewer`], so only a signed-in
//! page can ask) and the public benefit summary. The CSV files are plain links: the browser sends
//! the session cookie with them and saves what comes back.

use gloo_net::http::Request;
use shared::api::analytics::{BenefitDashboard, FeedbackDashboard, PublicBenefitSummary};
use shared::api::routes::Operation as O;
use shared::api::validation::ValidationDashboard;

use super::review::Reviewer;
use super::{decode, Failure};

/// `path?query`, or `path` alone when there is no query.
pub fn with_query(path: &str, query: &str) -> String {
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

async fn get<T: serde::de::DeserializeOwned>(path: &str) -> Result<T, Failure> {
    decode(Request::get(path).send().await.map_err(|_| Failure::Network)?).await
}

impl Reviewer {
    /// The benefit dashboard; `query` is `AnalyticsQuery::to_pairs` encoded.
    pub async fn benefit_dashboard(&self, query: &str) -> Result<BenefitDashboard, Failure> {
        get(&with_query(&O::GetBenefitDashboard.url(&[]), query)).await
    }

    pub async fn feedback_dashboard(&self) -> Result<FeedbackDashboard, Failure> {
        get(&O::GetFeedbackDashboard.url(&[])).await
    }

    /// The validation-report dashboard; `query` is `ValidationQuery::to_pairs` encoded.
    pub async fn validation_dashboard(&self, query: &str) -> Result<ValidationDashboard, Failure> {
        get(&with_query(&O::GetValidationDashboard.url(&[]), query)).await
    }
}

/// The public summary of one round, or of all of them.
pub async fn public_benefits(round: Option<i64>) -> Result<PublicBenefitSummary, Failure> {
    let query = round.map(|r| format!("round={r}")).unwrap_or_default();
    get(&with_query(&O::GetBenefitSummary.url(&[]), &query)).await
}
