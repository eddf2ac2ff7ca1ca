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
    /// Between a benefit and the part of its answer in error messages (": " in English,
    /// " : " with a non-breaking space in French).
    pub answer_separator: &'static str,
    pub round: &'static str,
    pub round_closed: &'static str,
    pub round_not_open: &'static str,

    // Links to the survey: the public header and the home page.
    pub nav_survey: &'static str,
    pub home_heading: &'static str,
    pub home_lead: &'static str,
    /// `(round title, last day formatted)`.
    pub home_open_until: fn(&str, &str) -> String,
    pub home_take_survey: &'static str,

    // The survey form.
    pub title: &'static str,
    pub lead: &'static str,
    /// `(first day, last day)`, both formatted.
    pub round_dates: fn(&str, &str) -> String,
    pub none_open: &'static str,
    /// `(round title, first day, last day)`, both days formatted.
    pub next_round: fn(&str, &str, &str) -> String,
    pub no_next_round: &'static str,
    pub about_company: &'static str,
    /// Also the label of the `trade_compliance` field in error messages.
    pub trade_compliance: &'static str,
    pub trade_compliance_hint: &'static str,
    pub benefits_heading: &'static str,
    pub benefits_lead: &'static str,
    /// Under the 1–5 legend: when a value is required.
    pub value_hint: &'static str,
    /// The title of the asterisk on a required radio group.
    pub required: &'static str,
    pub about_you: &'static str,
    pub about_you_hint: &'static str,
    pub name: &'static str,
    pub organization: &'static str,
    pub email: &'static str,
    pub email_hint: &'static str,
    pub proposal_heading: &'static str,
    pub proposal_lead: &'static str,
    /// Also the labels of the `proposal_title` and `proposal` fields in error messages.
    pub proposal_title: &'static str,
    pub proposal: &'static str,
    pub proposal_hint: &'static str,
    /// The label of the `answers` field, which no single control holds.
    pub answers: &'static str,
    pub submit: &'static str,
    pub submitting: &'static str,
    pub draft_restored: &'static str,

    // The survey receipt.
    pub receipt_title: &'static str,
    pub receipt_lead: &'static str,
    pub receipt_tracking_number: &'static str,
    pub receipt_answered: &'static str,
    pub receipt_proposal: &'static str,
    pub receipt_proposal_hint: &'static str,
    pub receipt_check_proposal: &'static str,
    pub receipt_not_found: &'static str,
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
    answer_separator: ": ",
    round: "Survey round",
    round_closed:
        "This survey round is closed. Thank you for your interest; the next round will be announced on the home page.",
    round_not_open: "This survey round is not open yet.",

    nav_survey: "Benefit survey",
    home_heading: "Benefit survey",
    home_lead: "Tell CBP which CTPAT benefits your company used in the last 12 months and what they are worth to you. CBP publishes the results as totals only.",
    home_open_until,
    home_take_survey: "Take the benefit survey",

    title: "Benefit survey",
    lead: "Tell CBP which CTPAT benefits your company used in the last 12 months and what they are worth to your business. Answers are published only as totals, never one by one.",
    round_dates,
    none_open: "No survey round is open right now. Your answers can be sent while a round is open.",
    next_round,
    no_next_round: "No round is scheduled yet. The next round will be announced on the home page.",
    about_company: "About your company",
    trade_compliance: "My company is enrolled in Trade Compliance",
    trade_compliance_hint: "For U.S. importers only. Adds four questions about the Trade Compliance benefits.",
    benefits_heading: "The benefits",
    benefits_lead: "For each benefit, say whether your company used it in the last 12 months and what it is worth to you. The numbers and comments are optional estimates.",
    value_hint: "Required if your company used the benefit.",
    required: "required",
    about_you: "About you (optional)",
    about_you_hint: "Optional; never published. Only CBP reviewers see it, to contact you about your answers.",
    name: "Your name (optional)",
    organization: "Organization (optional)",
    email: "Email address (optional)",
    email_hint: "Only for CBP to contact you about your answers. It is never published.",
    proposal_heading: "Propose a new benefit",
    proposal_lead: "Optional. Is there a benefit CTPAT should offer? Your proposal is filed as feedback on benefits, with its own tracking number, for CBP to review.",
    proposal_title: "Title of your proposal",
    proposal: "Your proposal",
    proposal_hint: "What the benefit would be and how it would help your business.",
    answers: "Benefit answers",
    submit: "Submit survey",
    submitting: "Submitting…",
    draft_restored: "We restored the survey answers you started on this device.",

    receipt_title: "Thank you",
    receipt_lead: "Your survey answers were received. Keep this number: it identifies your answers if you contact CBP about them.",
    receipt_tracking_number: "Your survey tracking number",
    receipt_answered: "Benefits answered",
    receipt_proposal: "Your proposal's tracking number",
    receipt_proposal_hint: "Your proposal was filed as feedback on benefits. Use this number to follow it and read CBP's response.",
    receipt_check_proposal: "Check your proposal's status",
    receipt_not_found: "No survey answers have this tracking number.",

};

fn home_open_until(title: &str, closes: &str) -> String {
    format!("{title} is open until {closes}.")
}

fn round_dates(opens: &str, closes: &str) -> String {
    format!("Open from {opens} to {closes}.")
}

fn next_round(title: &str, opens: &str, closes: &str) -> String {
    format!("The next round, {title}, opens on {opens} and closes on {closes}.")
}

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
    Some(format!("{}{}{}", (m.benefit)(b), m.answer_separator, part))
}
