//! The English words of the analytics dashboards (`ANALYTICS_EN`) and the functions that phrase their figures.

use super::analytics::AnalyticsMessages;
use super::figures_en;
use crate::api::analytics::FunnelStep;
use crate::api::validation::Dimension;
use crate::stats::Summary;
use crate::validation::{Measure, Mode, Rating};

fn respondents(n: u64) -> String {
    match n {
        1 => "1 respondent matches these filters.".into(),
        n => format!("{} respondents match these filters.", figures_en::count(n)),
    }
}

fn feedback_total(n: u64) -> String {
    match n {
        1 => "1 submission in all.".into(),
        n => format!("{} submissions in all.", figures_en::count(n)),
    }
}

fn age_bucket(code: &str) -> String {
    match code.split_once('-') {
        Some((from, to)) => format!("{from} to {to} days"),
        None => match code.strip_suffix('+') {
            Some(from) => format!("{from} days or more"),
            None => code.to_owned(),
        },
    }
}

fn funnel_step(s: FunnelStep) -> &'static str {
    match s {
        FunnelStep::Received => "Received",
        FunnelStep::Reviewed => "Reviewed",
        FunnelStep::Decided => "Decided",
        FunnelStep::Responded => "Responded to publicly",
        FunnelStep::Closed => "Closed",
    }
}

fn week(raw: &str) -> String {
    super::figures_en::day_of(raw, true)
}

fn days(x: f64) -> String {
    let n = figures_en::number(x);
    if n == "1" {
        "1 day".into()
    } else {
        format!("{n} days")
    }
}

fn volume_desc(series: &str, first: &str, last: &str, totals: &[(String, String)]) -> String {
    let list: Vec<String> = totals.iter().map(|(g, n)| format!("{g}: {n}")).collect();
    format!("{series}, weeks of {first} to {last}. Totals: {}. The table gives every week.", list.join("; "))
}

fn days_sentence(measure: &str, s: &Summary) -> String {
    format!(
        "{measure}: half of the submissions took {} or less; the middle half took {} to {}; the longest took {} ({} {}).",
        days(s.median),
        figures_en::number(s.q1),
        days(s.q3),
        days(s.max),
        figures_en::count(s.n),
        if s.n == 1 { "submission" } else { "submissions" }
    )
}

fn reports(n: u64) -> String {
    match n {
        1 => "1 validation report matches these filters.".into(),
        n => format!("{} validation reports match these filters.", figures_en::count(n)),
    }
}

fn dimension_heading(d: Dimension) -> &'static str {
    match d {
        Dimension::All => "All reports",
        Dimension::FieldOffice => "By field office",
        Dimension::Mode => "By mode",
        Dimension::EntityType => "By business entity type",
        Dimension::Year => "By year",
    }
}

/// "by mode", for the middle of a caption.
fn by_dimension(d: Dimension) -> String {
    let heading = dimension_heading(d);
    let mut chars = heading.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

fn spread_sentence(figure: &str, rating: bool, low: &str, low_office: &str, high: &str, high_office: &str) -> String {
    let what = if rating { "the mean rating" } else { "the median" };
    format!("{figure}: {what} ranges from {low} at {low_office} to {high} at {high_office}.")
}

fn measure(m: Measure) -> &'static str {
    match m {
        Measure::DaysNoticeToVisit => "Days from notice to visit",
        Measure::DaysOnSite => "Days on site",
        Measure::WeeksToReport => "Weeks until the report",
        Measure::Recommendations => "Recommendations",
        Measure::RequiredActions => "Required actions",
    }
}

fn rating(r: Rating) -> &'static str {
    match r {
        Rating::Clarity => "Clarity of what was asked in advance",
        Rating::ConsistencyWithCriteria => "Consistency with the published criteria",
        Rating::ConsistencyWithEarlier => "Consistency with earlier validations",
        Rating::Usefulness => "Usefulness of the report",
    }
}

fn mode(m: Mode) -> &'static str {
    match m {
        Mode::InPerson => "In person",
        Mode::Virtual => "Virtual",
        Mode::Hybrid => "Hybrid",
    }
}

pub static ANALYTICS_EN: AnalyticsMessages = AnalyticsMessages {
    nav_analytics: "Analytics",
    subnav_label: "Analytics",
    nav_benefits: "Benefit surveys",
    nav_feedback: "Feedback analytics",
    nav_validations: "Validation reports",

    benefits_title: "Analytics",
    benefits_lead: "What partners said in the benefit surveys: which benefits they used, what each is worth to them and the numbers they reported. Intervals are 95% intervals: Wilson's for shares, Student's t for means.",
    filters_heading: "Filter the figures",
    filter_round: "Survey round",
    filter_entity_type: "Business entity type",
    filter_tier: "CTPAT status",
    all_rounds: "All rounds",
    respondents,
    no_answers: "No survey answers match these filters.",
    share_heading: "Share using each benefit",
    share_what: "Share of respondents who used each benefit in the last 12 months, among those it applies to, with 95% intervals",
    share_caption: "Use of each benefit",
    value_heading: "Value of each benefit",
    value_what: "Mean value of each benefit on a scale of 1 (none) to 5 (very high), with 95% intervals of the mean",
    value_caption: "Value of each benefit (1 = none, 5 = very high)",
    metrics_heading: "Numbers partners reported",
    metrics_none: "No numbers were reported under these filters.",
    metric_what: |metric| format!("{metric}, by benefit"),
    metric_caption: |metric| format!("{metric}, by benefit"),
    breakdowns_heading: "Breakdowns",
    by_entity_caption: "Use and value by business entity type",
    by_tier_caption: "Use and value by CTPAT status",
    by_round_caption: "Use and value by survey round (other filters applied)",
    changes_heading: "Changes between rounds",
    changes_caption: "Changes from one round to the next",
    changes_none: "There is no earlier round to compare with.",
    download_csv: "Download these figures (CSV)",
    download_hint: "The file holds the figures on this page, under the same filters.",
    col_benefit: "Benefit",
    col_responses: "Responses",
    col_used: "Used it",
    col_not_used: "Did not use it",
    col_not_applicable: "Not applicable",
    col_share: "Share using it",
    col_interval: "95% interval",
    col_ratings: "Ratings",
    col_mean: "Mean",
    col_mean_interval: "95% interval of the mean",
    col_median: "Median",
    col_answers: "Answers",
    col_min: "Lowest",
    col_q1: "Lower quartile",
    col_q3: "Upper quartile",
    col_max: "Highest",
    col_entity_type: "Business entity type",
    col_tier: "CTPAT status",
    col_round: "Survey round",
    col_from_round: "From round",
    col_to_round: "To round",
    col_share_change: "Change in share using it",
    col_mean_change: "Change in mean value",
    not_available: "Not available",
    round_number: |id| format!("Round {id}"),

    feedback_title: "Feedback analytics",
    feedback_lead: "How much feedback comes in, how long it waits and how far it gets.",
    feedback_total,
    volume_heading: "Volume over time",
    volume_topic_what: "Submissions per week by topic",
    volume_entity_what: "Submissions per week by business entity type",
    volume_topic_caption: "Submissions per week by topic",
    volume_entity_caption: "Submissions per week by business entity type",
    volume_totals_caption: "Submissions in all, by group",
    all_others: "All others",
    volume_none: "No submissions yet.",
    col_week: "Week of",
    col_total: "Total",
    col_topic: "Topic",
    backlog_heading: "Open submissions by age",
    backlog_what: "Open submissions by days since they were received",
    backlog_caption: "Open submissions by age",
    col_age: "Age",
    col_open: "Open submissions",
    times_heading: "Time to respond and to close",
    times_what: "Days from receipt to the first public response and to closure",
    times_caption: "Days from receipt",
    first_response: "Time to first public response",
    closure: "Time to closure",
    col_measure: "Measure",
    times_none: "No submission has reached this point yet.",
    funnel_heading: "How far submissions got",
    funnel_what: "Submissions that reached each stage",
    funnel_caption: "Submissions by stage reached",
    col_stage: "Stage",
    col_submissions: "Submissions",
    col_share_of_received: "Share of received",
    status_caption: "Submissions by current status",
    col_status: "Status",
    age_bucket,
    funnel_step,
    week,
    volume_desc,
    days_sentence,

    validations_title: "Validation reports",
    validations_lead: "How partners say their CTPAT validations went: how much notice they had, how long the visit and the report took, what the report asked of them and how they rate the validation. Compare field offices, modes, business entity types and years. Intervals are 95% intervals of the mean (Student's t).",
    few_reports_note: "Groups with fewer than 5 reports are shown here and marked; the CSV file withholds their figures.",
    filter_year: "Year",
    filter_mode: "Mode",
    filter_field_office: "Field office",
    all_years: "All years",
    all_offices: "All field offices",
    reports,
    no_reports: "No validation reports match these filters.",
    few_reports: |label| format!("{label} (fewer than 5 reports)"),
    office_unknown: |id| format!("Field office {id}"),
    office_retired: |name| format!("{name} (retired)"),
    measures_heading: "Durations and counts by field office",
    measures_lead: "Each row shows the middle half of the reports as a box, the median as a thick line, and the lowest and highest report at the ends of the whiskers.",
    measure_what: |measure| format!("{measure} by field office"),
    measure_caption: |measure| format!("{measure} by field office"),
    ratings_heading: "Ratings by field office",
    ratings_lead: "Mean ratings on a scale of 1 (lowest) to 5 (highest), with 95% intervals of the mean drawn as whiskers.",
    rating_what: |rating| {
        format!("{rating}: mean rating by field office on a scale of 1 (lowest) to 5 (highest), with 95% intervals of the mean")
    },
    rating_caption: |rating| format!("{rating} by field office (1 = lowest, 5 = highest)"),
    no_figures: "No report under these filters gives this figure.",
    validation_breakdowns_heading: "Other breakdowns",
    validation_breakdowns_lead: "Durations and counts as the median with the lower and upper quartile in brackets; ratings as the mean with its 95% interval.",
    dimension_heading,
    breakdown_measures_caption: |d| format!("Durations and counts {}: median (lower to upper quartile)", by_dimension(d)),
    breakdown_ratings_caption: |d| format!("Ratings {}: mean (95% interval)", by_dimension(d)),
    all_reports: "All reports",
    figure_with_range: |figure, low, high| format!("{figure} ({low} to {high})"),
    spreads_heading: "Where field offices differ",
    spreads_lead: "Among field offices with at least 5 reports: the lowest and highest median of each duration and count, and the lowest and highest mean of each rating. A difference is large when the highest median is at least twice the lowest (and at least 1 more), or when mean ratings are a point or more apart.",
    spreads_caption: "Lowest and highest field office for each figure",
    spreads_none: "Fewer than two field offices have at least 5 reports under these filters, so there is nothing to compare.",
    spreads_alert_heading: "Large differences between field offices",
    spreads_alert_link: "See where field offices differ",
    spread_sentence,
    large_difference: "Large difference",
    compared_median: "Median",
    compared_mean: "Mean rating",
    validations_csv_hint: "The file holds the figures on this page, under the same filters; the figures of groups with fewer than 5 reports are withheld.",
    col_field_office: "Field office",
    col_reports: "Reports",
    col_mode: "Mode",
    col_year: "Year",
    col_figure: "Figure",
    col_compared: "Compared",
    col_lowest_office: "Lowest office",
    col_lowest: "Lowest",
    col_highest_office: "Highest office",
    col_highest: "Highest",
    measure,
    rating,
    mode,

    count: figures_en::count,
    percent: figures_en::percent,
    mean: figures_en::mean,
    number: figures_en::number,
    days,
    share_change: figures_en::share_change,
    mean_change: figures_en::mean_change,
    with_interval: figures_en::with_interval,
    range: figures_en::range,
    distribution: figures_en::distribution,
    chart_desc: figures_en::chart_desc,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabularies_and_counts_read_naturally() {
        let a = &ANALYTICS_EN;
        assert!(FunnelStep::ALL.iter().all(|s| !(a.funnel_step)(*s).is_empty()));
        assert_eq!((a.age_bucket)("0-7"), "0 to 7 days");
        assert_eq!((a.age_bucket)("91+"), "91 days or more");
        assert_eq!((a.week)("2026-03-02"), "Mar 2, 2026");
        assert_eq!((a.respondents)(1_500), "1,500 respondents match these filters.");
        assert_eq!((a.feedback_total)(1), "1 submission in all.");
        assert_eq!((a.days)(1.0), "1 day");
        assert_eq!((a.days)(4.5), "4.5 days");
    }

    #[test]
    fn validation_reports_in_words() {
        let a = &ANALYTICS_EN;
        assert!(Measure::ALL.iter().all(|m| !(a.measure)(*m).is_empty()));
        assert!(Rating::ALL.iter().all(|r| !(a.rating)(*r).is_empty()));
        assert!(Mode::ALL.iter().all(|m| !(a.mode)(*m).is_empty()));
        assert_eq!((a.reports)(1), "1 validation report matches these filters.");
        assert_eq!((a.reports)(1_200), "1,200 validation reports match these filters.");
        assert_eq!((a.few_reports)("Laredo"), "Laredo (fewer than 5 reports)");
        assert_eq!(
            (a.spread_sentence)("Weeks until the report", false, "8", "Laredo", "20", "Buffalo"),
            "Weeks until the report: the median ranges from 8 at Laredo to 20 at Buffalo."
        );
        assert_eq!(
            (a.spread_sentence)("Usefulness of the report", true, "2.00", "Laredo", "4.00", "Buffalo"),
            "Usefulness of the report: the mean rating ranges from 2.00 at Laredo to 4.00 at Buffalo."
        );
        assert_eq!(
            (a.breakdown_measures_caption)(Dimension::EntityType),
            "Durations and counts by business entity type: median (lower to upper quartile)"
        );
        assert_eq!((a.breakdown_ratings_caption)(Dimension::Year), "Ratings by year: mean (95% interval)");
        assert_eq!((a.figure_with_range)("8", "6", "10"), "8 (6 to 10)");
    }

    #[test]
    fn response_times_in_words() {
        let s = Summary {
            n: 40,
            mean: 6.0,
            ci_low: None,
            ci_high: None,
            min: 0.0,
            q1: 2.0,
            median: 4.5,
            q3: 9.0,
            max: 30.0,
        };
        assert_eq!(
            (ANALYTICS_EN.days_sentence)("Time to closure", &s),
            "Time to closure: half of the submissions took 4.5 days or less; the middle half took 2 to 9 days; the longest took 30 days (40 submissions)."
        );
        let d = (ANALYTICS_EN.volume_desc)("Per week", "Mar 2, 2026", "Mar 9, 2026", &[("Topic".into(), "3".into())]);
        assert_eq!(d, "Per week, weeks of Mar 2, 2026 to Mar 9, 2026. Totals: Topic: 3. The table gives every week.");
    }
}
