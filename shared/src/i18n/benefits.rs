//! Messages of the public benefit summary ("How partners value CTPAT benefits"). Public, so
//! translated later: every number on the page is formatted by a function here, not by the page.

use super::figures_en;

#[derive(Debug)]
pub struct BenefitsMessages {
    pub title: &'static str,
    pub lead: &'static str,
    /// How the figures are counted, and why some are withheld.
    pub method: &'static str,
    pub round_label: &'static str,
    pub all_rounds: &'static str,
    pub show_round: &'static str,
    /// `Some(n)`: how many responded; `None`: too few to say.
    pub respondents: fn(Option<u64>) -> String,
    pub no_data: &'static str,
    pub chart_heading: &'static str,
    pub chart_title: &'static str,
    /// What the chart shows, for its text alternative.
    pub chart_what: &'static str,
    /// The benefits left out of the chart: `(names)`.
    pub chart_left_out: fn(&[&str]) -> String,
    pub chart_table_caption: &'static str,
    pub details_heading: &'static str,
    /// The caption of one benefit's table: `(benefit)`.
    pub benefit_caption: fn(&str) -> String,
    pub col_benefit: &'static str,
    pub col_partners: &'static str,
    pub col_responses: &'static str,
    pub col_share: &'static str,
    pub col_mean: &'static str,
    pub col_median: &'static str,
    pub all_partners: &'static str,
    /// A whole cell withheld.
    pub suppressed: &'static str,
    /// One figure of a shown cell withheld (fewer than 5 answers behind it).
    pub withheld: &'static str,
    /// Links to this page from the home page and the public board.
    pub home_link: &'static str,
    pub board_link: &'static str,

    // Number formats.
    pub count: fn(u64) -> String,
    /// A share from 0 to 1, one decimal: `82.5%`.
    pub percent: fn(f64) -> String,
    /// A value on the 1–5 scale, two decimals.
    pub mean: fn(f64) -> String,
    /// A chart's text alternative: `(what, [(label, figure)])`.
    pub chart_desc: fn(&str, &[(String, String)]) -> String,
}

fn respondents(n: Option<u64>) -> String {
    match n {
        Some(1) => "1 partner responded.".into(),
        Some(n) => format!("{} partners responded.", figures_en::count(n)),
        None => "Fewer than 5 partners responded, so the number is not shown.".into(),
    }
}

fn chart_left_out(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => format!("Not in the chart, because fewer than 5 partners answered: {one}."),
        many => format!("Not in the chart, because fewer than 5 partners answered: {}.", many.join("; ")),
    }
}

pub static BENEFITS_EN: BenefitsMessages = BenefitsMessages {
    title: "How partners value CTPAT benefits",
    lead: "CBP asks CTPAT partners which program benefits they used in the last 12 months and what each is worth to their business. These are their answers.",
    method: "Share using it counts the partners who used a benefit among those it applies to. Value is rated from 1 (none) to 5 (very high). To protect respondents, no figure based on fewer than 5 responses is shown.",
    round_label: "Survey round",
    all_rounds: "All rounds",
    show_round: "Show this round",
    respondents,
    no_data: "No survey responses have been published yet.",
    chart_heading: "Share of partners using each benefit",
    chart_title: "Share of partners using each benefit",
    chart_what: "Share of partners who used each benefit in the last 12 months, among those it applies to",
    chart_left_out,
    chart_table_caption: "Share of partners using each benefit",
    details_heading: "Each benefit by business entity type",
    benefit_caption: |benefit| format!("{benefit}: responses, use and value by business entity type"),
    col_benefit: "Benefit",
    col_partners: "Partners",
    col_responses: "Responses",
    col_share: "Share using it",
    col_mean: "Mean value (1 to 5)",
    col_median: "Median value (1 to 5)",
    all_partners: "All partners",
    suppressed: "Fewer than 5 responses",
    withheld: "Fewer than 5 answers",
    home_link: "See how partners value CTPAT benefits",
    board_link: "See how partners value CTPAT benefits",
    count: figures_en::count,
    percent: figures_en::percent,
    mean: figures_en::mean,
    chart_desc: figures_en::chart_desc,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_read_naturally() {
        let b = &BENEFITS_EN;
        assert_eq!((b.respondents)(Some(1_204)), "1,204 partners responded.");
        assert_eq!((b.respondents)(Some(1)), "1 partner responded.");
        assert!((b.respondents)(None).starts_with("Fewer than 5"));
        assert_eq!((b.percent)(0.5), "50.0%");
        assert_eq!((b.mean)(3.0), "3.00");
        assert_eq!((b.chart_left_out)(&[]), "");
        assert!((b.chart_left_out)(&["A", "B"]).ends_with("A; B."));
    }
}
