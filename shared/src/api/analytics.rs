//! Benefit surveys and program analytics on the wire: survey rounds, survey answers and receipts,
//! the reviewers' dashboards and the public summary.

use serde::{Deserialize, Serialize};

use crate::consultation::Phase;
use crate::stats::Summary;
use crate::status::Status;
pub use crate::survey::SurveyRoundForm;
use crate::survey::{Benefit, Metric};
use crate::taxonomy::{CtpatStatus, EntityType};

/// `GET` the rounds (public); `POST` the answers to `SURVEY_ROUNDS_PATH/{id}/responses`.
pub const SURVEY_ROUNDS_PATH: &str = "/api/v1/surveys";
/// `GET SURVEY_RECEIPTS_PATH/{tracking number}`: a survey receipt.
pub const SURVEY_RECEIPTS_PATH: &str = "/api/v1/survey-receipts";
pub const ADMIN_SURVEY_ROUNDS_PATH: &str = "/api/v1/admin/surveys";
/// `GET ?round=&entity_type=&tier=`: the reviewers' benefit dashboard; `.csv` for its figures.
pub const BENEFIT_ANALYTICS_PATH: &str = "/api/v1/review/analytics/benefits";
pub const BENEFIT_ANALYTICS_CSV_PATH: &str = "/api/v1/review/analytics/benefits.csv";
/// `GET`: feedback volume, backlog, response times and the status funnel.
pub const FEEDBACK_ANALYTICS_PATH: &str = "/api/v1/review/analytics/feedback";
pub const FEEDBACK_ANALYTICS_CSV_PATH: &str = "/api/v1/review/analytics/feedback.csv";
/// `GET ?round=`: the public summary, small cells suppressed.
pub const PUBLIC_BENEFITS_PATH: &str = "/api/v1/benefits";

/// A survey round, like a consultation's window.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveyRound {
    pub id: i64,
    pub title: String,
    #[cfg_attr(feature = "openapi", schema(format = Date))]
    pub opens_on: String,
    #[cfg_attr(feature = "openapi", schema(format = Date))]
    pub closes_on: String,
    pub phase: Phase,
}

/// `201` answer to a survey: the receipt.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveyReceipt {
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::api::schema::tracking_number))]
    pub tracking_number: String,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub received_at: String,
    pub round: SurveyRound,
    /// Benefits answered.
    pub answered: u32,
    /// The tracking number of the new-benefit proposal, filed as feedback on benefits.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::api::schema::tracking_number_or_null))]
    pub proposal_tracking_number: Option<String>,
}

/// A 95% interval.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

/// One benefit's figures under the dashboard's filters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BenefitFigures {
    pub benefit: Benefit,
    /// Respondents who answered about this benefit.
    pub responses: u64,
    pub used: u64,
    pub not_used: u64,
    pub not_applicable: u64,
    /// Share of those it applies to (used + not used) who used it, with its 95% interval.
    pub share_used: Option<f64>,
    pub share_interval: Option<Interval>,
    /// Value on the 1–5 scale, among those who rated it.
    pub value: Option<Summary>,
    pub metrics: Vec<MetricFigures>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MetricFigures {
    pub metric: Metric,
    pub summary: Option<Summary>,
}

/// One benefit in one group (an entity type, a tier, a round).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GroupFigures {
    pub benefit: Benefit,
    /// The group's code: an entity type, a CTPAT status, or a round id.
    pub group: String,
    pub responses: u64,
    pub share_used: Option<f64>,
    pub mean_value: Option<f64>,
    pub median_value: Option<f64>,
}

/// A change between two consecutive rounds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RoundChange {
    pub benefit: Benefit,
    pub from_round: i64,
    pub to_round: i64,
    pub share_used_change: Option<f64>,
    pub mean_value_change: Option<f64>,
}

/// `GET /api/v1/review/analytics/benefits`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BenefitDashboard {
    pub rounds: Vec<SurveyRound>,
    pub respondents: u64,
    pub benefits: Vec<BenefitFigures>,
    pub by_entity_type: Vec<GroupFigures>,
    pub by_tier: Vec<GroupFigures>,
    pub by_round: Vec<GroupFigures>,
    pub round_changes: Vec<RoundChange>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WeekCount {
    /// The Monday that starts the week, `YYYY-MM-DD`.
    #[cfg_attr(feature = "openapi", schema(format = Date))]
    pub week: String,
    /// A topic or entity type code.
    pub group: String,
    pub count: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AgeBucket {
    /// `0-7`, `8-30`, `31-90`, `91+` (days).
    pub days: String,
    pub count: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FunnelStage {
    pub stage: FunnelStep,
    pub count: u64,
}

crate::code_enum! {
    /// How far submissions got.
    pub enum FunnelStep {
        Received = "received",
        Reviewed = "reviewed",
        Decided = "decided",
        Responded = "responded",
        Closed = "closed",
    }
}

/// `GET /api/v1/review/analytics/feedback`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeedbackDashboard {
    pub total: u64,
    pub by_status: Vec<(Status, u64)>,
    pub volume_by_topic: Vec<WeekCount>,
    pub volume_by_entity_type: Vec<WeekCount>,
    pub backlog_by_age: Vec<AgeBucket>,
    /// Days from receipt to CBP's first public response.
    pub first_response_days: Option<Summary>,
    /// Days from receipt to closure.
    pub closure_days: Option<Summary>,
    pub funnel: Vec<FunnelStage>,
}

/// A figure that may be withheld on public pages (fewer than 5 responses behind it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublicCell {
    pub responses: Option<u64>,
    pub share_used: Option<f64>,
    pub mean_value: Option<f64>,
    pub median_value: Option<f64>,
    pub suppressed: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublicBenefitRow {
    pub benefit: Benefit,
    pub all: PublicCell,
    /// One cell per entity type that answered, in `EntityType::ALL` order.
    pub by_entity_type: Vec<(EntityType, PublicCell)>,
}

/// `GET /api/v1/benefits`: the public summary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublicBenefitSummary {
    pub rounds: Vec<SurveyRound>,
    pub round: Option<i64>,
    pub respondents: Option<u64>,
    pub benefits: Vec<PublicBenefitRow>,
}

/// Filters of the benefit dashboard (query string: `round`, `entity_type`, `tier`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AnalyticsQuery {
    pub round: Option<i64>,
    pub entity_type: Option<EntityType>,
    pub tier: Option<CtpatStatus>,
}

impl AnalyticsQuery {
    /// Empty values and the keys of empty values are ignored (the form sends every field).
    pub fn parse(pairs: &[(String, String)]) -> Result<AnalyticsQuery, Vec<crate::text::FieldError>> {
        let mut q = AnalyticsQuery::default();
        let mut r = crate::query::Reader::new();
        for (k, v) in pairs.iter().map(|(k, v)| (k, v.trim())).filter(|(_, v)| !v.is_empty()) {
            match k.as_str() {
                "round" => q.round = r.id(k, v),
                "entity_type" => q.entity_type = r.choice(k, v, EntityType::from_code),
                "tier" => q.tier = r.choice(k, v, CtpatStatus::from_code),
                other => r.unknown(other),
            }
        }
        r.finish(q)
    }

    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        crate::query::Pairs::new()
            .set("round", self.round.map(|r| r.to_string()))
            .set("entity_type", self.entity_type.map(|e| e.code()))
            .set("tier", self.tier.map(|t| t.code()))
            .done()
    }
}
