//! Turning a request body into a typed form, with errors that name the field at fault.
//!
//! serde alone says "invalid type: integer, expected a string at line 1 column 12"; a person
//! fixing their client needs "title: expected text". serde_path_to_error supplies the path.

use serde::de::DeserializeOwned;

use crate::text::{FieldError, Problem};

#[derive(Debug, PartialEq, Eq)]
pub enum BodyError {
    /// Not JSON, or JSON that is not an object: nothing to attribute to a field.
    Malformed(String),
    /// Well-formed JSON with fields of the wrong type or unknown fields.
    Fields(Vec<FieldError>),
}

pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, BodyError> {
    // serde's derived structs also accept a JSON array of values in field order; a form must be
    // an object with named fields, so anything else is refused before serde sees it.
    match bytes.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{') => {}
        None => return Err(BodyError::Malformed("The body is empty; send a JSON object.".to_owned())),
        Some(_) => return Err(BodyError::Malformed("The body must be a JSON object.".to_owned())),
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize::<_, T>(&mut de).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        match inner.classify() {
            serde_json::error::Category::Data => {
                let msg = inner.to_string();
                if let Some(name) = msg.strip_prefix("unknown field `").and_then(|rest| rest.split('`').next()) {
                    BodyError::Fields(vec![FieldError::new(name, Problem::UnknownField)])
                } else if path != "." && !path.is_empty() {
                    BodyError::Fields(vec![FieldError::new(&path, Problem::WrongType)])
                } else {
                    BodyError::Malformed("The body must be a JSON object.".to_owned())
                }
            }
            _ => BodyError::Malformed(format!("The body is not valid JSON: {inner}.")),
        }
    })?;
    de.end().map_err(|e| BodyError::Malformed(format!("The body is not valid JSON: {e}.")))?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feedback::FeedbackForm;

    fn check(body: &str, expected: Result<(), BodyError>) {
        assert_eq!(parse_json::<FeedbackForm>(body.as_bytes()).map(|_| ()), expected, "body {body}");
    }

    fn field(name: &str, p: Problem) -> Result<(), BodyError> {
        Err(BodyError::Fields(vec![FieldError::new(name, p)]))
    }

    #[test]
    fn bodies() {
        check(r#"{"title":"ok"}"#, Ok(()));
        check(r#"{"title":5}"#, field("title", Problem::WrongType));
        check(r#"{"may_publish":"yes"}"#, field("may_publish", Problem::WrongType));
        check(r#"{"title":null}"#, field("title", Problem::WrongType));
        check(r#"{"title":"t","is_admin":true}"#, field("is_admin", Problem::UnknownField));
        check(r#"{"feedback":["a"]}"#, field("feedback", Problem::WrongType));
        assert!(matches!(parse_json::<FeedbackForm>(b"[1,2]"), Err(BodyError::Malformed(_))));
        assert!(matches!(parse_json::<FeedbackForm>(b"{\"title\":"), Err(BodyError::Malformed(_))));
        assert!(matches!(parse_json::<FeedbackForm>(b"{} {}"), Err(BodyError::Malformed(_))));
        assert!(matches!(parse_json::<FeedbackForm>(b"\xff\xfe"), Err(BodyError::Malformed(_))));
        assert!(matches!(parse_json::<FeedbackForm>(b""), Err(BodyError::Malformed(_))));
        assert!(matches!(parse_json::<FeedbackForm>(b"null"), Err(BodyError::Malformed(_))));
        assert!(matches!(parse_json::<FeedbackForm>(br#"["individual","Ana"]"#), Err(BodyError::Malformed(_))));
    }
}
