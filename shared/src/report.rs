//! A report of feedback filed in someone's name, parsed once: by the page as it is typed and by
//! the worker when it arrives, so the two cannot drift apart.

use crate::api::public::{ReportForm, REPORT_EXPLANATION_MAX};
use crate::feedback::NAME_MAX;
use crate::receipt::TrackingNumber;
use crate::text::{Email, FieldError, Problem, TextRule};

/// A tracking number is 20 characters, a board item number a few digits: 64 leaves room for
/// spaces and a `#` without letting anyone store an essay in the field.
pub const REFERENCE_MAX: usize = 64;

const REFERENCE_RULE: TextRule = TextRule { required: true, max_chars: REFERENCE_MAX, single_line: true };
const NAME_RULE: TextRule = TextRule { required: true, max_chars: NAME_MAX, single_line: true };
const EXPLANATION_RULE: TextRule = TextRule { required: true, max_chars: REPORT_EXPLANATION_MAX, single_line: false };

/// What a report names: a published board item by its number (`12` or `#12`), or any
/// submission by its tracking number (its submitter may report it), or something that is
/// neither, which finds nothing.
#[derive(Clone, Debug, PartialEq)]
pub enum Reference {
    BoardItem(i64),
    Tracking(TrackingNumber),
    Neither,
}

impl Reference {
    fn read(text: &str) -> Reference {
        if let Ok(item) = text.trim_start_matches('#').parse::<i64>() {
            Reference::BoardItem(item)
        } else if let Ok(tn) = TrackingNumber::parse(text) {
            Reference::Tracking(tn)
        } else {
            Reference::Neither
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub reference: Reference,
    pub name: String,
    pub email: Email,
    pub explanation: String,
}

impl Report {
    /// Every field's problem, in the form's order, or the report.
    pub fn parse(form: &ReportForm) -> Result<Report, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut field = |name: &str, result: Result<Option<String>, Problem>| {
            result.map_err(|p| errors.push(FieldError::new(name, p))).ok().flatten()
        };
        let reference = field("reference", REFERENCE_RULE.parse(&form.reference));
        let name = field("name", NAME_RULE.parse(&form.name));
        let email = if form.email.trim().is_empty() { Err(Problem::Required) } else { Email::parse(&form.email) };
        let email = email.map_err(|p| errors.push(FieldError::new("email", p))).ok();
        let explanation = EXPLANATION_RULE
            .parse(&form.explanation)
            .map_err(|p| errors.push(FieldError::new("explanation", p)))
            .ok()
            .flatten();
        match (reference, name, email, explanation) {
            (Some(reference), Some(name), Some(email), Some(explanation)) if errors.is_empty() => {
                Ok(Report { reference: Reference::read(&reference), name, email, explanation })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(reference: &str) -> ReportForm {
        ReportForm {
            reference: reference.into(),
            name: "Ana Ruiz".into(),
            email: "ana@ruiz.example.com".into(),
            explanation: "I never sent this.".into(),
        }
    }

    fn problems(form: &ReportForm) -> Vec<(String, Problem)> {
        Report::parse(form).unwrap_err().into_iter().map(|e| (e.field, e.problem)).collect()
    }

    #[test]
    fn a_report_names_an_item_a_tracking_number_or_neither() {
        assert_eq!(Report::parse(&form(" #12 ")).unwrap().reference, Reference::BoardItem(12));
        assert_eq!(Report::parse(&form("12")).unwrap().reference, Reference::BoardItem(12));
        let tn = TrackingNumber::parse("CTPAT-0000-0000-0000").unwrap();
        assert_eq!(Report::parse(&form("CTPAT-0000-0000-0000")).unwrap().reference, Reference::Tracking(tn));
        assert_eq!(Report::parse(&form("my comment")).unwrap().reference, Reference::Neither);
    }

    #[test]
    fn every_field_is_checked_in_the_forms_order() {
        let empty = ReportForm::default();
        let fields: Vec<String> = problems(&empty).into_iter().map(|(f, _)| f).collect();
        assert_eq!(fields, ["reference", "name", "email", "explanation"]);
        assert!(problems(&empty).iter().all(|(_, p)| *p == Problem::Required));
        let long = form(&"9".repeat(REFERENCE_MAX + 1));
        assert_eq!(problems(&long), [("reference".to_owned(), Problem::TooLong { max: REFERENCE_MAX, actual: 65 })]);
        let bad = ReportForm { email: "ana".into(), ..form("12") };
        assert_eq!(problems(&bad), [("email".to_owned(), Problem::InvalidEmail)]);
    }
}
