//! Rules for free text typed by people: one normalisation, one way to count, one set of limits.
//!
//! The browser's character counters and the worker's checks both call [`normalize`] and
//! [`char_count`], so "12 characters left" on screen is exactly what the server enforces.

use serde::{Deserialize, Serialize};

/// What is wrong with one field. Codes are stable: API clients and the message catalog key on them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Problem {
    Required,
    TooLong {
        max: usize,
        actual: usize,
    },
    TooShort {
        min: usize,
    },
    /// A password from the lists attackers try first.
    TooCommon,
    /// Control characters (NUL, escape, ...) other than line breaks and tabs.
    ForbiddenCharacter,
    SingleLineOnly,
    InvalidEmail,
    UnknownChoice,
    /// A value was given that does not apply to the choices made elsewhere on the form.
    NotApplicable,
    /// A JSON value of the wrong type (a number where text belongs, say).
    WrongType,
    UnknownField,
    /// A move the review workflow does not allow (see `workflow`).
    NotAllowedNow,
    /// Points at something that does not exist (a tracking number, a user).
    NotFound,
    InvalidDate,
    /// An uploaded file with no bytes.
    EmptyFile,
    FileTooLarge {
        max_bytes: usize,
    },
    /// Not one of the accepted kinds, or its content is not what its name says.
    UnsupportedFileType,
    /// More items than a list may hold (attachments, say).
    TooMany {
        max: usize,
    },
    NotANumber,
    OutOfRange {
        min: i64,
        max: i64,
    },
}

impl Problem {
    /// The stable code, as it appears in API error bodies.
    pub fn code(self) -> &'static str {
        match self {
            Problem::Required => "required",
            Problem::TooLong { .. } => "too_long",
            Problem::TooShort { .. } => "too_short",
            Problem::TooCommon => "too_common",
            Problem::ForbiddenCharacter => "forbidden_character",
            Problem::SingleLineOnly => "single_line_only",
            Problem::InvalidEmail => "invalid_email",
            Problem::UnknownChoice => "unknown_choice",
            Problem::NotApplicable => "not_applicable",
            Problem::WrongType => "wrong_type",
            Problem::UnknownField => "unknown_field",
            Problem::NotAllowedNow => "not_allowed_now",
            Problem::NotFound => "not_found",
            Problem::InvalidDate => "invalid_date",
            Problem::EmptyFile => "empty_file",
            Problem::FileTooLarge { .. } => "file_too_large",
            Problem::UnsupportedFileType => "unsupported_file_type",
            Problem::TooMany { .. } => "too_many",
            Problem::NotANumber => "not_a_number",
            Problem::OutOfRange { .. } => "out_of_range",
        }
    }
}

/// One field's problem. `field` is the JSON key, which is also the form control's `id`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub problem: Problem,
}

impl FieldError {
    pub fn new(field: &str, problem: Problem) -> Self {
        FieldError { field: field.to_owned(), problem }
    }
}

/// The limits of one text field.
#[derive(Clone, Copy, Debug)]
pub struct TextRule {
    pub required: bool,
    pub max_chars: usize,
    pub single_line: bool,
}

/// A required choice from a list, as typed: `Required` when empty, `UnknownChoice` when it names
/// nothing `parse` knows.
pub fn parse_choice<T>(raw: &str, parse: fn(&str) -> Option<T>) -> Result<T, Problem> {
    match raw.trim() {
        "" => Err(Problem::Required),
        v => parse(v).ok_or(Problem::UnknownChoice),
    }
}

/// Line endings become `\n` and surrounding whitespace goes: what is stored and counted.
pub fn normalize(raw: &str) -> String {
    raw.replace("\r\n", "\n").replace('\r', "\n").trim().to_owned()
}

/// Characters as a person counts them (Unicode scalar values), after normalisation.
pub fn char_count(raw: &str) -> usize {
    normalize(raw).chars().count()
}

/// Characters left before `max`, negative when over; what the counters show.
pub fn chars_left(raw: &str, max: usize) -> i64 {
    max as i64 - char_count(raw) as i64
}

impl TextRule {
    /// Parses one field: `Ok(None)` for an empty optional field, otherwise the normalised text.
    pub fn parse(self, raw: &str) -> Result<Option<String>, Problem> {
        let text = normalize(raw);
        if text.is_empty() {
            return if self.required { Err(Problem::Required) } else { Ok(None) };
        }
        if text.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
            return Err(Problem::ForbiddenCharacter);
        }
        if self.single_line && text.contains('\n') {
            return Err(Problem::SingleLineOnly);
        }
        let actual = text.chars().count();
        if actual > self.max_chars {
            return Err(Problem::TooLong { max: self.max_chars, actual });
        }
        Ok(Some(text))
    }
}

/// An email address that is plausible enough to try: one `@`, a dotted domain, no spaces.
///
/// Deliverability can only be proven by sending; this only catches typing mistakes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    pub const MAX_CHARS: usize = 254;

    pub fn parse(raw: &str) -> Result<Email, Problem> {
        let text = normalize(raw);
        if text.chars().count() > Self::MAX_CHARS {
            return Err(Problem::TooLong { max: Self::MAX_CHARS, actual: text.chars().count() });
        }
        let (local, domain) = text.split_once('@').ok_or(Problem::InvalidEmail)?;
        let labels_ok = domain.split('.').all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
        let ok = !local.is_empty()
            && local.chars().count() <= 64
            && !local.chars().any(|c| {
                c.is_whitespace()
                    || c.is_control()
                    || matches!(c, '<' | '>' | '(' | ')' | ',' | ';' | ':' | '\\' | '"' | '[' | ']' | '@')
            })
            && domain.contains('.')
            && labels_ok;
        if ok {
            Ok(Email(text))
        } else {
            Err(Problem::InvalidEmail)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const TITLE: TextRule = TextRule { required: true, max_chars: 10, single_line: true };
    const BODY: TextRule = TextRule { required: false, max_chars: 10, single_line: false };

    fn check(rule: TextRule, input: &str, expected: Result<Option<&str>, Problem>) {
        assert_eq!(rule.parse(input), expected.map(|o| o.map(str::to_owned)), "input {input:?}");
    }

    #[test]
    fn text_rules() {
        check(TITLE, "  Seals  ", Ok(Some("Seals")));
        check(TITLE, "   ", Err(Problem::Required));
        check(BODY, " \n ", Ok(None));
        check(TITLE, "0123456789", Ok(Some("0123456789")));
        check(TITLE, "0123456789X", Err(Problem::TooLong { max: 10, actual: 11 }));
        check(TITLE, "a\nb", Err(Problem::SingleLineOnly));
        check(BODY, "a\r\nb", Ok(Some("a\nb")));
        check(BODY, "a\u{0}b", Err(Problem::ForbiddenCharacter));
        check(BODY, "a\u{1b}[31m", Err(Problem::ForbiddenCharacter));
        check(BODY, "tab\there", Ok(Some("tab\there")));
        // Counted as people count: one emoji is one character, accents too.
        check(TITLE, "é🚚éééééééé", Ok(Some("é🚚éééééééé")));
        // Right-to-left marks and zero-width joiners are legitimate in real writing.
        check(TITLE, "\u{200f}שלום\u{200d}", Ok(Some("\u{200f}שלום\u{200d}")));
    }

    #[test]
    fn counters_agree_with_the_rule() {
        assert_eq!(chars_left("  héllo \r\n", 10), 5);
        assert_eq!(chars_left("0123456789AB", 10), -2);
    }

    #[test]
    fn emails() {
        for ok in ["a@b.co", "first.last+tag@sub.example.gov", "José@correo.mx"] {
            assert!(Email::parse(ok).is_ok(), "{ok}");
        }
        for bad in ["", "a", "a@b", "@b.co", "a@.co", "a b@c.co", "a@b..co", "a@b.co.", "<a>@b.co", "a@-b.co"] {
            assert_eq!(Email::parse(bad), Err(Problem::InvalidEmail), "{bad}");
        }
        let long = format!("{}@example.com", "a".repeat(250));
        assert!(matches!(Email::parse(&long), Err(Problem::TooLong { .. })));
    }

    proptest! {
        #[test]
        fn accepted_text_is_normalised_and_within_limits(s in "\\PC{0,30}") {
            let rule = TextRule { required: false, max_chars: 20, single_line: false };
            if let Ok(Some(t)) = rule.parse(&s) {
                prop_assert!(t.chars().count() <= 20);
                prop_assert_eq!(t.trim(), t.as_str());
                prop_assert!(!t.contains('\r'));
                prop_assert_eq!(rule.parse(&t), Ok(Some(t.clone())));
            }
        }

        #[test]
        fn parse_never_panics(s in any::<String>()) {
            let _ = TITLE.parse(&s);
            let _ = Email::parse(&s);
        }
    }
}
