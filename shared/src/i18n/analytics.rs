//! The reviewers' analytics dashboards: benefit surveys (`/review/analytics`), feedback
//! (`/review/analytics/feedback`) and validation reports (`/review/analytics/validations`). Reached through [`super::ReviewMessages::analytics`]; English
//! only, like the rest of the workspace. Numbers are formatted here, never in the pages.

use super::figures_en::{Format, Labelled};
use crate::api::analytics::FunnelStep;
use crate::api::validation::Dimension;
use crate::stats::Summary;
use crate::validation::{Measure, Mode, Rating};

#[derive(Debug)]
pub struct AnalyticsMessages {
    pub nav_analytics: &'static str,
    /// The links between the two dashboards.
    pub subnav_label: &'static str,
    pub nav_benefits: &'static str,
    pub nav_feedback: &'static str,
    pub nav_validations: &'static str,

    // Benefit surveys.
    pub benefits_title: &'static str,
    pub benefits_lead: &'static str,
    pub filters_heading: &'static str,
    pub filter_round: &'static str,
    pub filter_entity_type: &'static str,
    pub filter_tier: &'static str,
    pub all_rounds: &'static str,
    /// `(respondents)`.
    pub respondents: fn(u64) -> String,
    pub no_answers: &'static str,
    pub share_heading: &'static str,
    pub share_what: &'static str,
    pub share_caption: &'static str,
    pub value_heading: &'static str,
    pub value_what: &'static str,
    pub value_caption: &'static str,
    pub metrics_heading: &'static str,
    pub metrics_none: &'static str,
    /// The text alternative's opening and the table caption of one metric: `(metric)`.
    pub metric_what: fn(&str) -> String,
    pub metric_caption: fn(&str) -> String,
    pub breakdowns_heading: &'static str,
    pub by_entity_caption: &'static str,
    pub by_tier_caption: &'static str,
    pub by_round_caption: &'static str,
    pub changes_heading: &'static str,
    pub changes_caption: &'static str,
    pub changes_none: &'static str,
    pub download_csv: &'static str,
    pub download_hint: &'static str,
    pub col_benefit: &'static str,
    pub col_responses: &'static str,
    pub col_used: &'static str,
    pub col_not_used: &'static str,
    pub col_not_applicable: &'static str,
    pub col_share: &'static str,
    pub col_interval: &'static str,
    pub col_ratings: &'static str,
    pub col_mean: &'static str,
    pub col_mean_interval: &'static str,
    pub col_median: &'static str,
    pub col_answers: &'static str,
    pub col_min: &'static str,
    pub col_q1: &'static str,
    pub col_q3: &'static str,
    pub col_max: &'static str,
    pub col_entity_type: &'static str,
    pub col_tier: &'static str,
    pub col_round: &'static str,
    pub col_from_round: &'static str,
    pub col_to_round: &'static str,
    pub col_share_change: &'static str,
    pub col_mean_change: &'static str,
    /// A figure that cannot be computed (no answers, or one rating for an interval).
    pub not_available: &'static str,
    /// A round id with no title in the list: `(id)`.
    pub round_number: fn(i64) -> String,

    // Feedback.
    pub feedback_title: &'static str,
    pub feedback_lead: &'static str,
    /// `(submissions)`.
    pub feedback_total: fn(u64) -> String,
    pub volume_heading: &'static str,
    pub volume_topic_what: &'static str,
    pub volume_entity_what: &'static str,
    pub volume_topic_caption: &'static str,
    pub volume_entity_caption: &'static str,
    pub volume_totals_caption: &'static str,
    /// The series that adds up the groups the line chart leaves out.
    pub all_others: &'static str,
    pub volume_none: &'static str,
    pub col_week: &'static str,
    pub col_total: &'static str,
    pub col_topic: &'static str,
    pub backlog_heading: &'static str,
    pub backlog_what: &'static str,
    pub backlog_caption: &'static str,
    pub col_age: &'static str,
    pub col_open: &'static str,
    pub times_heading: &'static str,
    pub times_what: &'static str,
    pub times_caption: &'static str,
    pub first_response: &'static str,
    pub closure: &'static str,
    pub col_measure: &'static str,
    pub times_none: &'static str,
    pub funnel_heading: &'static str,
    pub funnel_what: &'static str,
    pub funnel_caption: &'static str,
    pub col_stage: &'static str,
    pub col_submissions: &'static str,
    pub col_share_of_received: &'static str,
    pub status_caption: &'static str,
    pub col_status: &'static str,
    /// A backlog age bucket's code (`0-7`, `91+`) in words.
    pub age_bucket: fn(&str) -> String,
    pub funnel_step: fn(FunnelStep) -> &'static str,
    /// A week by its Monday, `YYYY-MM-DD`, short: "Mar 2, 2026".
    pub week: fn(&str) -> String,
    /// `(series, first week, last week, [(group, total)])`.
    pub volume_desc: fn(&str, &str, &str, &Labelled) -> String,
    /// `(measure, summary)`: the sentence under the response-time chart.
    pub days_sentence: fn(&str, &Summary) -> String,

    // Validation reports.
    pub validations_title: &'static str,
    pub validations_lead: &'static str,
    /// Groups under `stats::MIN_CELL` are shown to reviewers, marked; the CSV withholds them.
    pub few_reports_note: &'static str,
    pub filter_year: &'static str,
    pub filter_mode: &'static str,
    pub filter_field_office: &'static str,
    pub all_years: &'static str,
    pub all_offices: &'static str,
    /// `(reports)`.
    pub reports: fn(u64) -> String,
    pub no_reports: &'static str,
    /// A group's label marked as resting on fewer than 5 reports: `(label)`.
    pub few_reports: fn(&str) -> String,
    /// An office id missing from the list: `(id)`.
    pub office_unknown: fn(i64) -> String,
    /// An office no longer offered on the form: `(name)`.
    pub office_retired: fn(&str) -> String,
    pub measures_heading: &'static str,
    pub measures_lead: &'static str,
    /// The text alternative's opening and the table caption of one measure: `(measure)`.
    pub measure_what: fn(&str) -> String,
    pub measure_caption: fn(&str) -> String,
    pub ratings_heading: &'static str,
    pub ratings_lead: &'static str,
    /// The same for one rating: `(rating)`.
    pub rating_what: fn(&str) -> String,
    pub rating_caption: fn(&str) -> String,
    pub no_figures: &'static str,
    pub validation_breakdowns_heading: &'static str,
    pub validation_breakdowns_lead: &'static str,
    /// The heading of one breakdown and the captions of its two tables.
    pub dimension_heading: fn(Dimension) -> &'static str,
    pub breakdown_measures_caption: fn(Dimension) -> String,
    pub breakdown_ratings_caption: fn(Dimension) -> String,
    /// The row of every report matching the filters, above the groups.
    pub all_reports: &'static str,
    /// A figure with its range in brackets: `(median, lower quartile, upper quartile)` or
    /// `(mean, interval low, interval high)`, formatted.
    pub figure_with_range: fn(&str, &str, &str) -> String,
    pub spreads_heading: &'static str,
    pub spreads_lead: &'static str,
    pub spreads_caption: &'static str,
    pub spreads_none: &'static str,
    pub spreads_alert_heading: &'static str,
    pub spreads_alert_link: &'static str,
    /// `(figure, is a rating, lowest, lowest office, highest, highest office)`, formatted.
    pub spread_sentence: fn(&str, bool, &str, &str, &str, &str) -> String,
    pub large_difference: &'static str,
    pub compared_median: &'static str,
    pub compared_mean: &'static str,
    pub validations_csv_hint: &'static str,
    pub col_field_office: &'static str,
    pub col_reports: &'static str,
    pub col_mode: &'static str,
    pub col_year: &'static str,
    pub col_figure: &'static str,
    pub col_compared: &'static str,
    pub col_lowest_office: &'static str,
    pub col_lowest: &'static str,
    pub col_highest_office: &'static str,
    pub col_highest: &'static str,
    pub measure: fn(Measure) -> &'static str,
    pub rating: fn(Rating) -> &'static str,
    pub mode: fn(Mode) -> &'static str,

    // Number formats.
    pub count: fn(u64) -> String,
    pub percent: fn(f64) -> String,
    pub mean: fn(f64) -> String,
    pub number: fn(f64) -> String,
    pub days: fn(f64) -> String,
    pub share_change: fn(f64) -> String,
    pub mean_change: fn(f64) -> String,
    /// `(value, low, high)`, formatted.
    pub with_interval: fn(&str, &str, &str) -> String,
    pub range: fn(&str, &str) -> String,
    pub distribution: fn(&Summary, Format) -> String,
    pub chart_desc: fn(&str, &[(String, String)]) -> String,
}
