//! Publishing a submission on the public board: the reviewer's edited (redacted) version must
//! meet the same limits as the original, and only a submitter's permission makes it possible.

use crate::api::review::PublicationForm;
use crate::attachment::{parse_ids, AttachmentId};
use crate::feedback::{FEEDBACK_RULE, RECOMMENDATION_RULE, TITLE_RULE};
use crate::text::FieldError;

/// A valid public version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Publication {
    pub title: String,
    pub feedback: String,
    pub recommendation: Option<String>,
    pub attachments: Vec<AttachmentId>,
}

impl Publication {
    pub fn parse(form: &PublicationForm) -> Result<Publication, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut take = |f: &str, r| match r {
            Ok(v) => Some(v),
            Err(p) => {
                errors.push(FieldError::new(f, p));
                None
            }
        };
        let title = take("title", TITLE_RULE.parse(&form.title));
        let feedback = take("feedback", FEEDBACK_RULE.parse(&form.feedback));
        let recommendation = take("recommendation", RECOMMENDATION_RULE.parse(&form.recommendation));
        let attachments = parse_ids(&form.attachments).map_err(|p| errors.push(FieldError::new("attachments", p))).ok();
        match (title, feedback, recommendation, attachments) {
            (Some(Some(title)), Some(Some(feedback)), Some(recommendation), Some(attachments)) => {
                Ok(Publication { title, feedback, recommendation, attachments })
            }
            _ => Err(errors),
        }
    }

    /// True when the public text is not exactly what was submitted.
    pub fn is_redacted(&self, title: &str, feedback: &str, recommendation: Option<&str>) -> bool {
        self.title != title || self.feedback != feedback || self.recommendation.as_deref() != recommendation
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Problem;

    #[test]
    fn the_public_version_meets_the_form_rules() {
        let form = PublicationForm {
            title: " Seal checks ".into(),
            feedback: "Our driver [name withheld] waited 3 hours.".into(),
            recommendation: "".into(),
            attachments: vec![],
        };
        let p = Publication::parse(&form).unwrap();
        assert_eq!(p.title, "Seal checks");
        assert_eq!(p.recommendation, None);
        assert!(p.is_redacted("Seal checks", "Our driver Juan Pérez waited 3 hours.", None));
        assert!(!p.is_redacted("Seal checks", "Our driver [name withheld] waited 3 hours.", None));
        let empty = PublicationForm { title: "".into(), feedback: "x".repeat(5001), ..form };
        let e = Publication::parse(&empty).unwrap_err();
        assert_eq!(e[0], FieldError::new("title", Problem::Required));
        assert_eq!(e[1].field, "feedback");
    }
}
