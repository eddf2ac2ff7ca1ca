//! Messages of validation experience reports: the public report form, its receipt, the links to
//! it, and the admins' list of CBP field offices. The form's field keys are named here too, so
//! an error from the browser or the server names the field as the form labels it.

use crate::text::Problem;
use crate::validation::{field, Measure, Mode, Rating, ValidationKind};

#[derive(Debug)]
pub struct ValidationMessages {
    // Links to the form: the public header and the home page.
    pub nav: &'static str,
    pub home_heading: &'static str,
    pub home_lead: &'static str,
    pub home_link: &'static str,

    // The report form.
    pub title: &'static str,
    pub lead: &'static str,
    pub draft_restored: &'static str,
    pub about_validation: &'static str,
    pub month: &'static str,
    pub month_hint: &'static str,
    /// A month that is not `YYYY-MM`, before 2005 or in the future.
    pub month_invalid: &'static str,
    pub kind: &'static str,
    pub kind_label: fn(ValidationKind) -> &'static str,
    pub kind_hint: fn(ValidationKind) -> &'static str,
    pub mode: &'static str,
    pub mode_label: fn(Mode) -> &'static str,
    pub mode_hint: fn(Mode) -> &'static str,
    pub field_office: &'static str,
    pub field_office_hint: &'static str,
    /// The office chosen was retired (or never existed) by the time the report was sent.
    pub field_office_gone: &'static str,
    /// The list of offices could not be loaded.
    pub field_office_unavailable: &'static str,
    pub about_company: &'static str,
    pub numbers_heading: &'static str,
    pub numbers_lead: &'static str,
    /// A measure's label, with its unit.
    pub measure: fn(Measure) -> &'static str,
    pub measure_hint: fn(Measure) -> &'static str,
    pub ratings_heading: &'static str,
    pub ratings_lead: &'static str,
    /// A rating's short name: error messages name the field with it.
    pub rating: fn(Rating) -> &'static str,
    /// What 1 and 5 mean, after the name in the legend: "(1 = very unclear, 5 = very clear)".
    pub rating_scale: fn(Rating) -> &'static str,
    /// Under "consistency with earlier validations": when it is asked.
    pub earlier_hint: &'static str,
    /// Said instead of that question when the report is about a first validation.
    pub earlier_not_asked: &'static str,
    pub standardize_heading: &'static str,
    pub standardize: &'static str,
    pub standardize_hint: &'static str,
    pub about_you: &'static str,
    pub about_you_hint: &'static str,
    pub name: &'static str,
    pub organization: &'static str,
    pub email: &'static str,
    pub email_hint: &'static str,
    pub submit: &'static str,
    pub submitting: &'static str,
    /// The sentence for a required field left empty, by field key, when the generic one would
    /// read badly ("Clarity is required.").
    pub required: fn(&str) -> Option<&'static str>,

    // The receipt.
    pub receipt_title: &'static str,
    pub receipt_lead: &'static str,
    pub receipt_tracking_number: &'static str,
    pub receipt_proposal: &'static str,
    pub receipt_proposal_hint: &'static str,
    pub receipt_check_proposal: &'static str,
    pub receipt_not_found: &'static str,
    pub receipt_another: &'static str,
}

impl ValidationMessages {
    /// The label of a report field by its key ("" when the key is not one of the report's own;
    /// the fields it shares with feedback — entity type, name, email… — are labelled there).
    pub fn label(&self, key: &str) -> &'static str {
        if let Some(m) = Measure::from_code(key) {
            return (self.measure)(m);
        }
        if let Some(r) = Rating::from_code(key) {
            return (self.rating)(r);
        }
        match key {
            field::MONTH => self.month,
            field::KIND => self.kind,
            field::MODE => self.mode,
            field::FIELD_OFFICE => self.field_office,
            field::STANDARDIZE => self.standardize,
            _ => "",
        }
    }

    /// Sentences this form words better than the generic ones, or `None`.
    pub fn problem(&self, key: &str, problem: Problem) -> Option<String> {
        match problem {
            Problem::Required => (self.required)(key).map(str::to_owned),
            Problem::InvalidDate if key == field::MONTH => Some(self.month_invalid.to_owned()),
            Problem::NotFound if key == field::FIELD_OFFICE => Some(self.field_office_gone.to_owned()),
            _ => None,
        }
    }
}

fn kind_label(k: ValidationKind) -> &'static str {
    match k {
        ValidationKind::Validation => "Validation",
        ValidationKind::Revalidation => "Revalidation",
    }
}

fn kind_hint(k: ValidationKind) -> &'static str {
    match k {
        ValidationKind::Validation => "Your company's first validation in CTPAT.",
        ValidationKind::Revalidation => "A later validation, after an earlier one.",
    }
}

fn mode_label(m: Mode) -> &'static str {
    match m {
        Mode::InPerson => "In person",
        Mode::Virtual => "Virtual",
        Mode::Hybrid => "Hybrid",
    }
}

fn mode_hint(m: Mode) -> &'static str {
    match m {
        Mode::InPerson => "CBP visited your facilities.",
        Mode::Virtual => "Held by video calls and shared documents.",
        Mode::Hybrid => "Partly on site, partly virtual.",
    }
}

fn measure(m: Measure) -> &'static str {
    match m {
        Measure::DaysNoticeToVisit => "Notice before the validation (days)",
        Measure::DaysOnSite => "Time on site or in sessions (days)",
        Measure::WeeksToReport => "Time to receive the validation report (weeks)",
        Measure::Recommendations => "Recommendations received (number)",
        Measure::RequiredActions => "Required actions received (number)",
    }
}

fn measure_hint(m: Measure) -> &'static str {
    match m {
        Measure::DaysNoticeToVisit => {
            "Calendar days from CBP's notice to the first day of the validation. A whole number, for example 30."
        }
        Measure::DaysOnSite => "Days CBP spent at your facilities or in virtual sessions. For example, 2.",
        Measure::WeeksToReport => "Weeks from the last day of the validation to CBP's written report. For example, 8.",
        Measure::Recommendations => "Recommendations in the validation report. Enter 0 if there were none.",
        Measure::RequiredActions => "Required actions in the validation report. Enter 0 if there were none.",
    }
}

fn rating(r: Rating) -> &'static str {
    match r {
        Rating::Clarity => "Clarity of CBP's requests and findings",
        Rating::ConsistencyWithCriteria => "Consistency with the minimum security criteria",
        Rating::ConsistencyWithEarlier => "Consistency with earlier validations",
        Rating::Usefulness => "Usefulness to your security program",
    }
}

fn rating_scale(r: Rating) -> &'static str {
    match r {
        Rating::Clarity => "(1 = very unclear, 5 = very clear)",
        Rating::ConsistencyWithCriteria | Rating::ConsistencyWithEarlier => {
            "(1 = not consistent, 5 = fully consistent)"
        }
        Rating::Usefulness => "(1 = not useful, 5 = very useful)",
    }
}

fn required(key: &str) -> Option<&'static str> {
    Some(match key {
        field::MONTH => "Enter the month and year of the validation.",
        field::KIND => "Select whether it was a validation or a revalidation.",
        field::MODE => "Select how the validation was held.",
        field::FIELD_OFFICE => "Select the CBP field office.",
        "days_notice_to_visit" => "Enter the days of notice before the validation.",
        "days_on_site" => "Enter the days on site or in sessions.",
        "weeks_to_report" => "Enter the weeks it took to receive the validation report.",
        "recommendations" => "Enter the number of recommendations (0 if none).",
        "required_actions" => "Enter the number of required actions (0 if none).",
        "clarity" => "Rate the clarity of CBP's requests and findings.",
        "consistency_with_criteria" => "Rate the consistency with the minimum security criteria.",
        "consistency_with_earlier" => "Rate the consistency with earlier validations.",
        "usefulness" => "Rate the usefulness to your security program.",
        _ => return None,
    })
}

pub static VALIDATION_EN: ValidationMessages = ValidationMessages {
    nav: "Report on a validation",
    home_heading: "Report on a validation",
    home_lead: "Had a CTPAT validation or revalidation? Tell CBP how long it took, how it was held and how useful it was. Reports are compared across field offices to make validations more consistent.",
    home_link: "Report on a validation",

    title: "Report on a validation",
    lead: "Tell CBP how your company's last validation or revalidation went. CBP compares reports across field offices, modes and years to make validations more consistent. Reports are never published one by one.",
    draft_restored: "We restored the report you started on this device.",
    about_validation: "About the validation",
    month: "Month and year of the validation",
    month_hint: "The month the validation took place, for example 2026-03 for March 2026.",
    month_invalid: "Enter the month and year of the validation like 2026-03, from 2005 to this month.",
    kind: "Validation or revalidation",
    kind_label,
    kind_hint,
    mode: "How the validation was held",
    mode_label,
    mode_hint,
    field_office: "CBP field office",
    field_office_hint: "The field office whose Supply Chain Security Specialists carried out the validation.",
    field_office_gone: "The field office you chose is no longer listed. Select another CBP field office.",
    field_office_unavailable: "The list of CBP field offices could not be loaded. Reload the page to try again; what you typed is kept.",
    about_company: "About your company",
    numbers_heading: "Time and results",
    numbers_lead: "Whole numbers. Your best estimate is fine.",
    measure,
    measure_hint,
    ratings_heading: "Your ratings",
    ratings_lead: "Rate each from 1 to 5. The scale is given with each question.",
    rating,
    rating_scale,
    earlier_hint: "Only for a revalidation.",
    earlier_not_asked: "Consistency with earlier validations is not asked for a first validation.",
    standardize_heading: "Standardizing validations",
    standardize: "What should be standardized?",
    standardize_hint: "Optional. What CBP should do the same way in every validation. Your answer goes to CBP's triage queue as feedback on validations, with its own tracking number.",
    about_you: "About you (optional)",
    about_you_hint: "Optional; never published. Only CBP reviewers see it, to contact you about your report.",
    name: "Your name (optional)",
    organization: "Organization (optional)",
    email: "Email address (optional)",
    email_hint: "Only for CBP to contact you about your report. It is never published.",
    submit: "Submit report",
    submitting: "Submitting…",
    required,

    receipt_title: "Thank you",
    receipt_lead: "Your validation report was received. Keep this number: it identifies your report if you contact CBP about it.",
    receipt_tracking_number: "Your report's tracking number",
    receipt_proposal: "Your standardization proposal's tracking number",
    receipt_proposal_hint: "What you said should be standardized was filed as feedback on validations. Use this number to follow it and read CBP's response.",
    receipt_check_proposal: "Check your proposal's status",
    receipt_not_found: "No validation report has this tracking number.",
    receipt_another: "Report on another validation",

};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Lang;

    /// Every key of the report form, in form order.
    pub(crate) fn report_keys() -> Vec<&'static str> {
        let mut keys =
            vec![field::MONTH, field::KIND, field::ENTITY_TYPE, field::CTPAT_STATUS, field::MODE, field::FIELD_OFFICE];
        keys.extend(Measure::ALL.iter().map(|m| m.code()));
        keys.extend(Rating::ALL.iter().map(|r| r.code()));
        keys.extend([field::STANDARDIZE, field::NAME, field::ORGANIZATION, field::EMAIL]);
        keys
    }

    #[test]
    fn every_report_field_has_a_label_in_every_language() {
        for lang in Lang::ALL {
            let m = lang.messages();
            for key in report_keys() {
                assert!(!m.field_label(key).trim().is_empty(), "{lang:?} lacks a label for {key}");
            }
        }
    }

    #[test]
    fn english_labels_are_complete() {
        let v = &VALIDATION_EN;
        for k in ValidationKind::ALL {
            assert!(!(v.kind_label)(*k).is_empty() && !(v.kind_hint)(*k).is_empty());
        }
        for m in Mode::ALL {
            assert!(!(v.mode_label)(*m).is_empty() && !(v.mode_hint)(*m).is_empty());
        }
        for m in Measure::ALL {
            assert!(!(v.measure)(*m).is_empty() && !(v.measure_hint)(*m).is_empty());
            assert!((v.required)(m.code()).is_some(), "{m:?}");
        }
        for r in Rating::ALL {
            assert!(!(v.rating)(*r).is_empty() && (v.rating_scale)(*r).contains('5'));
            assert!((v.required)(r.code()).is_some(), "{r:?}");
        }
    }

    #[test]
    fn problems_name_the_report_fields() {
        let m = Lang::En.messages();
        assert_eq!(m.problem_message("field_office", Problem::Required), "Select the CBP field office.");
        assert_eq!(
            m.problem_message("days_on_site", Problem::OutOfRange { min: 0, max: 60 }),
            "Time on site or in sessions (days) must be between 0 and 60."
        );
        assert!(m.problem_message("month", Problem::InvalidDate).contains("2026-03"));
        assert_eq!(
            m.problem_message("standardize", Problem::TooLong { max: 2000, actual: 2001 }),
            "What should be standardized? must be 2,000 characters or fewer (it has 2,001)."
        );
    }
}
