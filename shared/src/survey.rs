//! Benefit surveys: for each CTPAT benefit, whether the respondent used it in the last 12 months,
//! what it is worth to them (1–5), and optional numbers — the change in examination rate, hours
//! saved a month, cost saved a year, border wait saved per crossing — plus a comment. The survey
//! covers every benefit of CBP's list and, for importers enrolled in Trade Compliance, its
//! benefits too.

use serde::{Deserialize, Serialize};

use crate::code_enum;
use crate::taxonomy::{CtpatStatus, EntityType};
use crate::text::{parse_choice as choice, Email, FieldError, Problem, TextRule};

code_enum! {
    /// CTPAT's benefits (CBP's list), then the Trade Compliance benefits.
    pub enum Benefit {
        FewerExams = "fewer_exams",
        FrontOfLine = "front_of_line",
        StratifiedExemption = "stratified_exemption",
        ShorterWaits = "shorter_waits",
        AssignedSpecialist = "assigned_specialist",
        FastLanes = "fast_lanes",
        PortalTraining = "portal_training",
        MraRecognition = "mra_recognition",
        OtherPilots = "other_pilots",
        BusinessResumption = "business_resumption",
        TcPortal = "tc_portal",
        TcIdentityTheft = "tc_identity_theft",
        TcTradeData = "tc_trade_data",
        TcExpeditedRulings = "tc_expedited_rulings",
    }
}

impl Benefit {
    pub fn is_trade_compliance(self) -> bool {
        matches!(
            self,
            Benefit::TcPortal | Benefit::TcIdentityTheft | Benefit::TcTradeData | Benefit::TcExpeditedRulings
        )
    }

    /// The benefits a respondent is asked about.
    pub fn asked(trade_compliance: bool) -> Vec<Benefit> {
        Benefit::ALL.iter().copied().filter(|b| trade_compliance || !b.is_trade_compliance()).collect()
    }
}

code_enum! {
    /// Used in the last 12 months?
    pub enum Usage {
        Yes = "yes",
        No = "no",
        NotApplicable = "not_applicable",
    }
}

code_enum! {
    /// The optional numbers asked about each benefit.
    pub enum Metric {
        /// Estimated change in examination rate, percentage points (negative: fewer exams).
        ExamRateChange = "exam_rate_change",
        HoursSavedPerMonth = "hours_saved",
        CostSavedPerYear = "cost_saved",
        WaitSavedPerCrossing = "wait_saved",
    }
}

impl Metric {
    /// The accepted range, inclusive.
    pub fn range(self) -> (f64, f64) {
        match self {
            Metric::ExamRateChange => (-100.0, 100.0),
            Metric::HoursSavedPerMonth => (0.0, 10_000.0),
            Metric::CostSavedPerYear => (0.0, 1_000_000_000.0),
            Metric::WaitSavedPerCrossing => (0.0, 1_440.0),
        }
    }
}

pub const COMMENT_MAX: usize = 1_000;
pub const PROPOSAL_TITLE_MAX: usize = crate::feedback::TITLE_MAX;
pub const PROPOSAL_MAX: usize = 2_000;
const COMMENT_RULE: TextRule = TextRule { required: false, max_chars: COMMENT_MAX, single_line: false };
const PROPOSAL_TITLE_RULE: TextRule = TextRule { required: false, max_chars: PROPOSAL_TITLE_MAX, single_line: true };
const PROPOSAL_RULE: TextRule = TextRule { required: false, max_chars: PROPOSAL_MAX, single_line: false };
const NAME_RULE: TextRule = TextRule { required: false, max_chars: crate::feedback::NAME_MAX, single_line: true };
const ORGANIZATION_RULE: TextRule =
    TextRule { required: false, max_chars: crate::feedback::ORGANIZATION_MAX, single_line: true };

/// One benefit's answers as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct AnswerForm {
    pub benefit: String,
    pub used: String,
    pub value: String,
    pub exam_rate_change: String,
    pub hours_saved: String,
    pub cost_saved: String,
    pub wait_saved: String,
    pub comment: String,
}

impl AnswerForm {
    pub fn metric(&self, m: Metric) -> &str {
        match m {
            Metric::ExamRateChange => &self.exam_rate_change,
            Metric::HoursSavedPerMonth => &self.hours_saved,
            Metric::CostSavedPerYear => &self.cost_saved,
            Metric::WaitSavedPerCrossing => &self.wait_saved,
        }
    }
}

/// The survey as the browser holds it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct SurveyForm {
    pub entity_type: String,
    pub ctpat_status: String,
    /// Enrolled in Trade Compliance (importers only): adds its benefits.
    pub trade_compliance: bool,
    pub name: String,
    pub organization: String,
    pub email: String,
    pub answers: Vec<AnswerForm>,
    /// A proposal for a new benefit: it lands in the triage queue as feedback on benefits.
    pub proposal_title: String,
    pub proposal: String,
    /// Honeypot, as on the feedback form.
    pub website: String,
}

/// Field keys: top-level fields by name; a benefit's parts as `{benefit}-{part}` (also the ids
/// of the controls), e.g. `fewer_exams-value`.
pub mod field {
    pub const ENTITY_TYPE: &str = "entity_type";
    pub const CTPAT_STATUS: &str = "ctpat_status";
    pub const TRADE_COMPLIANCE: &str = "trade_compliance";
    pub const NAME: &str = "name";
    pub const ORGANIZATION: &str = "organization";
    pub const EMAIL: &str = "email";
    pub const ANSWERS: &str = "answers";
    pub const PROPOSAL_TITLE: &str = "proposal_title";
    pub const PROPOSAL: &str = "proposal";

    pub fn answer(benefit: crate::survey::Benefit, part: &str) -> String {
        format!("{}-{part}", benefit.code())
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    pub benefit: Benefit,
    pub used: Usage,
    /// 1–5; required when the benefit was used.
    pub value: Option<u8>,
    pub metrics: Vec<(Metric, f64)>,
    pub comment: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Survey {
    pub entity_type: EntityType,
    pub ctpat_status: CtpatStatus,
    pub trade_compliance: bool,
    pub name: Option<String>,
    pub organization: Option<String>,
    pub email: Option<Email>,
    /// One per benefit asked, in `Benefit::ALL` order.
    pub answers: Vec<Answer>,
    pub proposal: Option<(String, String)>,
}

impl SurveyForm {
    pub fn looks_automated(&self) -> bool {
        !self.website.trim().is_empty()
    }
}

/// A number as people type it in English, Spanish or French: spaces (also non-breaking) and a
/// leading `$` or trailing `%` are ignored; "1,200" and "1.200,5" and "3,5" read as people mean
/// them. A comma followed by groups of exactly three digits separates thousands; otherwise a
/// single comma is the decimal mark. When both marks appear, the last one is the decimal mark.
pub fn parse_number(raw: &str) -> Result<Option<f64>, Problem> {
    let t: String = raw
        .trim()
        .trim_start_matches('$')
        .trim_end_matches('%')
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    if t.is_empty() {
        return Ok(None);
    }
    let normal = match (t.rfind(','), t.rfind('.')) {
        (Some(c), Some(d)) if c > d => t.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => t.replace(',', ""),
        (Some(_), None) => {
            let groups: Vec<&str> = t.split(',').collect();
            let thousands =
                groups.len() > 1 && groups[1..].iter().all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
            if thousands {
                t.replace(',', "")
            } else if groups.len() == 2 {
                t.replace(',', ".")
            } else {
                return Err(Problem::NotANumber);
            }
        }
        _ => t,
    };
    let n: f64 = normal.parse().map_err(|_| Problem::NotANumber)?;
    if n.is_finite() {
        Ok(Some(n))
    } else {
        Err(Problem::NotANumber)
    }
}

impl Survey {
    pub fn parse(form: &SurveyForm) -> Result<Survey, Vec<FieldError>> {
        use field::*;
        let mut errors: Vec<FieldError> = Vec::new();
        let mut push = |f: &str, p: Problem| errors.push(FieldError::new(f, p));
        let entity_type: Option<EntityType> =
            choice(&form.entity_type, EntityType::from_code).map_err(|p| push(ENTITY_TYPE, p)).ok();
        let ctpat_status: Option<CtpatStatus> =
            choice(&form.ctpat_status, CtpatStatus::from_code).map_err(|p| push(CTPAT_STATUS, p)).ok();
        if form.trade_compliance && entity_type.is_some_and(|e| e != EntityType::UsImporter) {
            push(TRADE_COMPLIANCE, Problem::NotApplicable);
        }
        let name = NAME_RULE.parse(&form.name).map_err(|p| push(NAME, p)).ok().flatten();
        let organization =
            ORGANIZATION_RULE.parse(&form.organization).map_err(|p| push(ORGANIZATION, p)).ok().flatten();
        let email = match form.email.trim() {
            "" => None,
            raw => Email::parse(raw).map_err(|p| push(EMAIL, p)).ok(),
        };

        let asked = Benefit::asked(form.trade_compliance);
        let mut answers = Vec::new();
        for a in &form.answers {
            match Benefit::from_code(a.benefit.trim()) {
                Some(b) if asked.contains(&b) => {}
                _ => push(ANSWERS, Problem::UnknownChoice),
            }
        }
        for benefit in &asked {
            let blank = AnswerForm::default();
            let a = form.answers.iter().find(|a| a.benefit.trim() == benefit.code()).unwrap_or(&blank);
            let key = |part: &str| field::answer(*benefit, part);
            let used = choice(&a.used, Usage::from_code).map_err(|p| push(&key("used"), p)).ok();
            let value = match (a.value.trim(), used) {
                ("", Some(Usage::Yes)) => {
                    push(&key("value"), Problem::Required);
                    None
                }
                ("", _) => Some(None),
                (v, _) => match v.parse::<u8>() {
                    Ok(n) if (1..=5).contains(&n) => Some(Some(n)),
                    _ => {
                        push(&key("value"), Problem::OutOfRange { min: 1, max: 5 });
                        None
                    }
                },
            };
            let mut metrics = Vec::new();
            let mut metrics_ok = true;
            for m in Metric::ALL {
                match parse_number(a.metric(*m)) {
                    Ok(None) => {}
                    Ok(Some(n)) => {
                        let (lo, hi) = m.range();
                        if n < lo || n > hi {
                            push(&key(m.code()), Problem::OutOfRange { min: lo as i64, max: hi as i64 });
                            metrics_ok = false;
                        } else {
                            metrics.push((*m, n));
                        }
                    }
                    Err(p) => {
                        push(&key(m.code()), p);
                        metrics_ok = false;
                    }
                }
            }
            let comment = COMMENT_RULE.parse(&a.comment).map_err(|p| push(&key("comment"), p)).ok();
            if let (Some(used), Some(value), Some(comment), true) = (used, value, comment, metrics_ok) {
                answers.push(Answer { benefit: *benefit, used, value, metrics, comment });
            }
        }

        let proposal_title = PROPOSAL_TITLE_RULE.parse(&form.proposal_title).map_err(|p| push(PROPOSAL_TITLE, p)).ok();
        let proposal_text = PROPOSAL_RULE.parse(&form.proposal).map_err(|p| push(PROPOSAL, p)).ok();
        let proposal = match (proposal_title, proposal_text) {
            (Some(Some(t)), Some(Some(p))) => Some((t, p)),
            (Some(None), Some(None)) => None,
            // Half a proposal: ask for the missing half rather than drop what was written.
            (Some(None), Some(Some(_))) => {
                push(PROPOSAL_TITLE, Problem::Required);
                None
            }
            (Some(Some(_)), Some(None)) => {
                push(PROPOSAL, Problem::Required);
                None
            }
            _ => None,
        };

        match (entity_type, ctpat_status) {
            (Some(entity_type), Some(ctpat_status)) if errors.is_empty() => Ok(Survey {
                entity_type,
                ctpat_status,
                trade_compliance: form.trade_compliance,
                name,
                organization,
                email,
                answers,
                proposal,
            }),
            _ => Err(errors),
        }
    }
}

/// A valid survey round: its title and window (no late answers: a round's figures are final
/// when it closes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Round {
    pub title: String,
    pub window: crate::consultation::Window,
}

/// The admin's form for a round.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct SurveyRoundForm {
    pub title: String,
    pub opens_on: String,
    pub closes_on: String,
}

impl Round {
    pub fn parse(form: &SurveyRoundForm) -> Result<Round, Vec<FieldError>> {
        use crate::time::Timestamp;
        const TITLE_RULE: TextRule = TextRule { required: true, max_chars: 200, single_line: true };
        let mut errors = Vec::new();
        let title = TITLE_RULE.parse(&form.title).map_err(|p| errors.push(FieldError::new("title", p))).ok().flatten();
        let mut date = |key: &str, raw: &str| match raw.trim() {
            "" => {
                errors.push(FieldError::new(key, Problem::Required));
                None
            }
            d => Timestamp::parse_date(d).or_else(|| {
                errors.push(FieldError::new(key, Problem::InvalidDate));
                None
            }),
        };
        let opens = date("opens_on", &form.opens_on);
        let closes = date("closes_on", &form.closes_on);
        if let (Some(o), Some(c)) = (opens, closes) {
            if c < o {
                errors.push(FieldError::new("closes_on", Problem::InvalidDate));
            }
        }
        match (title, opens, closes) {
            (Some(title), Some(o), Some(c)) if errors.is_empty() => Ok(Round {
                title,
                window: crate::consultation::Window { opens_at: o, closes_at: c.plus_days(1), late_allowed: false },
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(b: Benefit, used: &str, value: &str) -> AnswerForm {
        AnswerForm { benefit: b.code().into(), used: used.into(), value: value.into(), ..AnswerForm::default() }
    }

    pub fn valid() -> SurveyForm {
        SurveyForm {
            entity_type: "us_importer".into(),
            ctpat_status: "tier_2".into(),
            answers: Benefit::asked(false).into_iter().map(|b| answer(b, "no", "")).collect(),
            ..SurveyForm::default()
        }
    }

    fn fields(form: &SurveyForm) -> Vec<(String, &'static str)> {
        Survey::parse(form).unwrap_err().into_iter().map(|e| (e.field, e.problem.code())).collect()
    }

    #[test]
    fn a_complete_survey_parses() {
        let mut form = valid();
        form.answers[0] = AnswerForm {
            used: "yes".into(),
            value: "4".into(),
            exam_rate_change: "-2.5%".into(),
            cost_saved: "$12,000".into(),
            comment: "Noticeably fewer exams.".into(),
            ..form.answers[0].clone()
        };
        let s = Survey::parse(&form).unwrap();
        assert_eq!(s.answers.len(), 10);
        assert_eq!(s.answers[0].value, Some(4));
        assert_eq!(s.answers[0].metrics, vec![(Metric::ExamRateChange, -2.5), (Metric::CostSavedPerYear, 12_000.0)]);
        assert_eq!(s.proposal, None);
    }

    #[test]
    fn trade_compliance_adds_its_benefits_for_importers_only() {
        let mut form = valid();
        form.trade_compliance = true;
        let missing: Vec<String> = fields(&form).into_iter().map(|f| f.0).collect();
        assert_eq!(
            missing,
            ["tc_portal-used", "tc_identity_theft-used", "tc_trade_data-used", "tc_expedited_rulings-used"]
        );
        form.answers.extend(Benefit::ALL.iter().filter(|b| b.is_trade_compliance()).map(|b| answer(*b, "yes", "5")));
        assert_eq!(Survey::parse(&form).unwrap().answers.len(), 14);
        form.entity_type = "sea_carrier".into();
        assert_eq!(fields(&form)[0], ("trade_compliance".into(), "not_applicable"));
        let mut plain = valid();
        plain.answers.push(answer(Benefit::TcPortal, "yes", "5"));
        assert_eq!(fields(&plain), [("answers".into(), "unknown_choice")]);
    }

    #[test]
    fn every_problem_names_its_benefit_and_part() {
        let mut form = valid();
        form.entity_type = "".into();
        form.answers[0].used = "yes".into();
        form.answers[1].used = "maybe".into();
        form.answers[2].value = "6".into();
        form.answers[3].hours_saved = "lots".into();
        form.answers[4].wait_saved = "2000".into();
        form.answers[5].comment = "x".repeat(1001);
        form.proposal = "A benefit for small carriers.".into();
        form.email = "not an email".into();
        assert_eq!(
            fields(&form),
            [
                ("entity_type".into(), "required"),
                ("email".into(), "invalid_email"),
                ("fewer_exams-value".into(), "required"),
                ("front_of_line-used".into(), "unknown_choice"),
                ("stratified_exemption-value".into(), "out_of_range"),
                ("shorter_waits-hours_saved".into(), "not_a_number"),
                ("assigned_specialist-wait_saved".into(), "out_of_range"),
                ("fast_lanes-comment".into(), "too_long"),
                ("proposal_title".into(), "required"),
            ]
        );
    }

    #[test]
    fn rounds() {
        let ok = SurveyRoundForm {
            title: "2026 survey".into(),
            opens_on: "2026-01-05".into(),
            closes_on: "2026-02-05".into(),
        };
        assert_eq!(Round::parse(&ok).unwrap().window.closes_on(), "2026-02-05");
        let bad = SurveyRoundForm { title: "".into(), opens_on: "2026-02-05".into(), closes_on: "2026-01-05".into() };
        let keys: Vec<String> = Round::parse(&bad).unwrap_err().into_iter().map(|e| e.field).collect();
        assert_eq!(keys, ["title", "closes_on"]);
    }

    #[test]
    fn numbers_as_people_type_them() {
        assert_eq!(parse_number(" 1,200 "), Ok(Some(1200.0)));
        assert_eq!(parse_number("$3,000.50"), Ok(Some(3000.5)));
        assert_eq!(parse_number("-5%"), Ok(Some(-5.0)));
        assert_eq!(parse_number(""), Ok(None));
        assert_eq!(parse_number("1e400"), Err(Problem::NotANumber));
        assert_eq!(parse_number("NaN"), Err(Problem::NotANumber));
        assert_eq!(parse_number("12 hours"), Err(Problem::NotANumber));
        // Spanish and French ways of writing numbers.
        assert_eq!(parse_number("3,5"), Ok(Some(3.5)));
        assert_eq!(parse_number("25\u{a0}000"), Ok(Some(25_000.0)));
        assert_eq!(parse_number("1.234,5"), Ok(Some(1234.5)));
        assert_eq!(parse_number("1,234.5"), Ok(Some(1234.5)));
        assert_eq!(parse_number("-2,5 %"), Ok(Some(-2.5)));
        assert_eq!(parse_number("1,2,3"), Err(Problem::NotANumber));
    }
}
