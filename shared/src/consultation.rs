//! Consultations: a question CBP puts to the trade, open for feedback between two dates, like a
//! docket's comment period on Regulations.gov. The window rules live here; the worker reads the
//! clock and asks [`Window::accepts`].

use serde::{Deserialize, Serialize};

use crate::code_enum;
use crate::taxonomy::{MscCategory, Topic};
use crate::text::{FieldError, Problem, TextRule};
use crate::time::Timestamp;

pub const TITLE_MAX: usize = 200;
pub const QUESTION_MAX: usize = 1_000;
pub const BACKGROUND_MAX: usize = 10_000;

const TITLE_RULE: TextRule = TextRule { required: true, max_chars: TITLE_MAX, single_line: true };
const QUESTION_RULE: TextRule = TextRule { required: true, max_chars: QUESTION_MAX, single_line: false };
const BACKGROUND_RULE: TextRule = TextRule { required: false, max_chars: BACKGROUND_MAX, single_line: false };

/// Field keys of the consultation form, in form order.
pub mod field {
    pub const TITLE: &str = "title";
    pub const QUESTION: &str = "question";
    pub const BACKGROUND: &str = "background";
    pub const TOPIC: &str = "topic";
    pub const MSC_CATEGORY: &str = "msc_category";
    pub const OPENS_ON: &str = "opens_on";
    pub const CLOSES_ON: &str = "closes_on";
    pub const LATE_ALLOWED: &str = "late_allowed";
}

/// The admin's form, as typed. Dates are `YYYY-MM-DD` (UTC): open from the start of the first
/// day to the end of the last.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct ConsultationForm {
    pub title: String,
    pub question: String,
    pub background: String,
    pub topic: String,
    pub msc_category: String,
    pub opens_on: String,
    pub closes_on: String,
    pub late_allowed: bool,
}

/// When feedback may be given: from `opens_at` (inclusive) to `closes_at` (exclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub opens_at: Timestamp,
    pub closes_at: Timestamp,
    pub late_allowed: bool,
}

code_enum! {
    /// Where a consultation stands today.
    pub enum Phase {
        Upcoming = "upcoming",
        Open = "open",
        Closed = "closed",
    }
}

/// What happens to feedback sent now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Acceptance {
    OnTime,
    /// After the close, and the consultation takes late feedback: kept, marked late.
    Late,
    Refused(Phase),
}

impl Window {
    pub fn phase(&self, now: Timestamp) -> Phase {
        if now < self.opens_at {
            Phase::Upcoming
        } else if now < self.closes_at {
            Phase::Open
        } else {
            Phase::Closed
        }
    }

    pub fn accepts(&self, now: Timestamp) -> Acceptance {
        match self.phase(now) {
            Phase::Open => Acceptance::OnTime,
            Phase::Closed if self.late_allowed => Acceptance::Late,
            phase => Acceptance::Refused(phase),
        }
    }

    /// The first day, `YYYY-MM-DD`.
    pub fn opens_on(&self) -> String {
        self.opens_at.date_string()
    }

    /// The last day, `YYYY-MM-DD` (the window ends at the end of it).
    pub fn closes_on(&self) -> String {
        self.closes_at.plus_days(-1).date_string()
    }
}

/// A valid consultation, ready to store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Consultation {
    pub title: String,
    pub question: String,
    pub background: Option<String>,
    pub topic: Option<Topic>,
    /// Only with the minimum security criteria topic.
    pub msc_category: Option<MscCategory>,
    pub window: Window,
}

impl Consultation {
    pub fn parse(form: &ConsultationForm) -> Result<Consultation, Vec<FieldError>> {
        use field::*;
        let mut errors = Vec::new();
        let mut take =
            |f: &str, r: Result<Option<String>, Problem>| r.map_err(|p| errors.push(FieldError::new(f, p))).ok();
        let title = take(TITLE, TITLE_RULE.parse(&form.title)).flatten();
        let question = take(QUESTION, QUESTION_RULE.parse(&form.question)).flatten();
        let background = take(BACKGROUND, BACKGROUND_RULE.parse(&form.background));
        let topic = match form.topic.trim() {
            "" => Some(None),
            t => Topic::from_code(t).map(Some).or_else(|| {
                errors.push(FieldError::new(TOPIC, Problem::UnknownChoice));
                None
            }),
        };
        let msc_category = match (form.msc_category.trim(), topic) {
            ("", _) => Some(None),
            (c, Some(Some(Topic::MinimumSecurityCriteria))) => MscCategory::from_code(c).map(Some).or_else(|| {
                errors.push(FieldError::new(MSC_CATEGORY, Problem::UnknownChoice));
                None
            }),
            _ => {
                errors.push(FieldError::new(MSC_CATEGORY, Problem::NotApplicable));
                None
            }
        };
        let date = |f: &str, raw: &str, errors: &mut Vec<FieldError>| {
            if raw.trim().is_empty() {
                errors.push(FieldError::new(f, Problem::Required));
                return None;
            }
            Timestamp::parse_date(raw.trim()).or_else(|| {
                errors.push(FieldError::new(f, Problem::InvalidDate));
                None
            })
        };
        let opens_at = date(OPENS_ON, &form.opens_on, &mut errors);
        let closes_on = date(CLOSES_ON, &form.closes_on, &mut errors);
        if let (Some(o), Some(c)) = (opens_at, closes_on) {
            if c < o {
                errors.push(FieldError::new(CLOSES_ON, Problem::InvalidDate));
            }
        }
        match (title, question, background, topic, msc_category, opens_at, closes_on) {
            (Some(title), Some(question), Some(background), Some(topic), Some(msc_category), Some(o), Some(c))
                if errors.is_empty() =>
            {
                Ok(Consultation {
                    title,
                    question,
                    background,
                    topic,
                    msc_category,
                    window: Window { opens_at: o, closes_at: c.plus_days(1), late_allowed: form.late_allowed },
                })
            }
            _ => Err(errors),
        }
    }
}

/// Parses the consultation a feedback form refers to: empty for general feedback, else its id.
pub fn parse_reference(raw: &str) -> Result<Option<i64>, Problem> {
    match raw.trim() {
        "" => Ok(None),
        s => s.parse::<i64>().ok().filter(|n| *n > 0).map(Some).ok_or(Problem::UnknownChoice),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> ConsultationForm {
        ConsultationForm {
            title: "Highway carrier seal verification".into(),
            question: "How do you verify seals at the border?".into(),
            background: "".into(),
            topic: "minimum_security_criteria".into(),
            msc_category: "6".into(),
            opens_on: "2026-12-01".into(),
            closes_on: "2026-12-31".into(),
            late_allowed: false,
        }
    }

    #[test]
    fn a_valid_form_parses_with_an_inclusive_last_day() {
        let c = Consultation::parse(&form()).unwrap();
        assert_eq!(c.background, None);
        assert_eq!(c.window.opens_on(), "2026-12-01");
        assert_eq!(c.window.closes_on(), "2026-12-31");
        assert_eq!(c.window.closes_at, Timestamp::parse_date("2027-01-01").unwrap());
    }

    #[test]
    fn every_problem_is_reported_by_field() {
        let bad = ConsultationForm {
            title: "".into(),
            question: " ".into(),
            topic: "nonsense".into(),
            msc_category: "6".into(),
            opens_on: "2026-13-01".into(),
            closes_on: "".into(),
            ..form()
        };
        let fields: Vec<String> = Consultation::parse(&bad).unwrap_err().into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["title", "question", "topic", "msc_category", "opens_on", "closes_on"]);
        let backwards = ConsultationForm { opens_on: "2026-12-10".into(), closes_on: "2026-12-09".into(), ..form() };
        assert_eq!(
            Consultation::parse(&backwards).unwrap_err(),
            vec![FieldError::new("closes_on", Problem::InvalidDate)]
        );
        let msc_elsewhere = ConsultationForm { topic: "communications".into(), ..form() };
        assert_eq!(
            Consultation::parse(&msc_elsewhere).unwrap_err(),
            vec![FieldError::new("msc_category", Problem::NotApplicable)]
        );
        let general = ConsultationForm { topic: "".into(), msc_category: "".into(), ..form() };
        assert_eq!(Consultation::parse(&general).unwrap().topic, None);
    }

    #[test]
    fn the_window_decides_what_is_accepted() {
        let c = Consultation::parse(&form()).unwrap();
        let day = |d: &str| Timestamp::parse_date(d).unwrap();
        assert_eq!(c.window.accepts(day("2026-11-30")), Acceptance::Refused(Phase::Upcoming));
        assert_eq!(c.window.accepts(day("2026-12-01")), Acceptance::OnTime);
        assert_eq!(c.window.accepts(Timestamp(day("2027-01-01").0 - 1)), Acceptance::OnTime);
        assert_eq!(c.window.accepts(day("2027-01-01")), Acceptance::Refused(Phase::Closed));
        let late = Window { late_allowed: true, ..c.window };
        assert_eq!(late.accepts(day("2027-03-01")), Acceptance::Late);
        assert_eq!(late.accepts(day("2026-11-01")), Acceptance::Refused(Phase::Upcoming));
    }

    #[test]
    fn references() {
        assert_eq!(parse_reference(""), Ok(None));
        assert_eq!(parse_reference(" 12 "), Ok(Some(12)));
        assert_eq!(parse_reference("0"), Err(Problem::UnknownChoice));
        assert_eq!(parse_reference("1; DROP TABLE"), Err(Problem::UnknownChoice));
    }
}
