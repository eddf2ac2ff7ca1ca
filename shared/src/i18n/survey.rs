//! Messages of the benefit survey: the benefits, usage and the numbers asked, used by the survey
//! form, the public summary and the reviewers' dashboard alike. Public, so translated later.

use crate::survey::{Benefit, Metric, Usage};

#[derive(Debug)]
pub struct SurveyMessages {
    pub benefit: fn(Benefit) -> &'static str,
    /// One sentence saying what the benefit is.
    pub benefit_hint: fn(Benefit) -> &'static str,
    pub usage: fn(Usage) -> &'static str,
    pub metric: fn(Metric) -> &'static str,
    /// The unit and sign convention.
    pub metric_hint: fn(Metric) -> &'static str,
    /// "Used in the last 12 months", "Value to your business (1 = none, 5 = very high)", …
    pub part_used: &'static str,
    pub part_value: &'static str,
    pub part_comment: &'static str,
    pub round: &'static str,
    pub round_closed: &'static str,
    pub round_not_open: &'static str,
}

fn benefit(b: Benefit) -> &'static str {
    match b {
        Benefit::FewerExams => "Fewer CBP examinations",
        Benefit::FrontOfLine => "Front-of-the-line inspections",
        Benefit::StratifiedExemption => "Exemption from stratified exams",
        Benefit::ShorterWaits => "Shorter border wait times",
        Benefit::AssignedSpecialist => "An assigned Supply Chain Security Specialist",
        Benefit::FastLanes => "FAST lanes at land borders",
        Benefit::PortalTraining => "The CTPAT Portal and its training library",
        Benefit::MraRecognition => "Recognition under Mutual Recognition Arrangements",
        Benefit::OtherPilots => "Eligibility for other government pilots",
        Benefit::BusinessResumption => "Priority in business resumption",
        Benefit::TcPortal => "Trade Compliance: its own portal",
        Benefit::TcIdentityTheft => "Trade Compliance: identity-theft notification",
        Benefit::TcTradeData => "Trade Compliance: importer trade-activity data",
        Benefit::TcExpeditedRulings => "Trade Compliance: expedited rulings",
    }
}

fn benefit_hint(b: Benefit) -> &'static str {
    match b {
        Benefit::FewerExams => "Partners are examined less often than non-members.",
        Benefit::FrontOfLine => "When examined, your cargo goes to the front of the line.",
        Benefit::StratifiedExemption => "Tier II and III partners may be exempt from stratified exams.",
        Benefit::ShorterWaits => "Less time waiting at the border.",
        Benefit::AssignedSpecialist => "A named CBP specialist who knows your supply chain.",
        Benefit::FastLanes => "Free and Secure Trade lanes for eligible highway carriers.",
        Benefit::PortalTraining => "The CTPAT Portal and the training material in it.",
        Benefit::MraRecognition => "Foreign customs administrations recognize your CTPAT status.",
        Benefit::OtherPilots => "Access to other government pilot programs.",
        Benefit::BusinessResumption => "Priority when trade resumes after an incident or port closure.",
        Benefit::TcPortal => "The Trade Compliance portal.",
        Benefit::TcIdentityTheft => "Notice when someone may be using your importer identity.",
        Benefit::TcTradeData => "Data about your own import activity.",
        Benefit::TcExpeditedRulings => "Faster answers to ruling requests.",
    }
}

fn usage(u: Usage) -> &'static str {
    match u {
        Usage::Yes => "Yes",
        Usage::No => "No",
        Usage::NotApplicable => "Not applicable",
    }
}

fn metric(m: Metric) -> &'static str {
    match m {
        Metric::ExamRateChange => "Change in examination rate (percentage points)",
        Metric::HoursSavedPerMonth => "Hours saved per month",
        Metric::CostSavedPerYear => "Cost saved per year (USD)",
        Metric::WaitSavedPerCrossing => "Border wait saved per crossing (minutes)",
    }
}

fn metric_hint(m: Metric) -> &'static str {
    match m {
        Metric::ExamRateChange => "Optional. Negative if you are examined less, e.g. -3.",
        Metric::HoursSavedPerMonth => "Optional. Staff hours, e.g. 12.",
        Metric::CostSavedPerYear => "Optional. Dollars, e.g. 25000.",
        Metric::WaitSavedPerCrossing => "Optional. Minutes, e.g. 40.",
    }
}

pub static SURVEY_EN: SurveyMessages = SurveyMessages {
    benefit,
    benefit_hint,
    usage,
    metric,
    metric_hint,
    part_used: "Used in the last 12 months",
    part_value: "Value to your business (1 = none, 5 = very high)",
    part_comment: "Comment (optional)",
    round: "Survey round",
    round_closed:
        "This survey round is closed. Thank you for your interest; the next round will be announced on the home page.",
    round_not_open: "This survey round is not open yet.",
};

/// `{benefit}-{part}` field keys as a label for error messages, e.g. "Fewer CBP examinations:
/// hours saved per month".
pub fn answer_label(m: &SurveyMessages, field: &str) -> Option<String> {
    let (code, part) = field.split_once('-')?;
    let b = Benefit::from_code(code)?;
    let part = match part {
        "used" => m.part_used.to_owned(),
        "value" => m.part_value.to_owned(),
        "comment" => m.part_comment.to_owned(),
        other => (m.metric)(Metric::from_code(other)?).to_owned(),
    };
    Some(format!("{}: {}", (m.benefit)(b), part))
}
