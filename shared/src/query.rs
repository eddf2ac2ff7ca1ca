//! Filters in a query string, both ways: [`Reader`] turns `key=value` pairs into a filter
//! struct with one problem per bad key (empty values mean "no filter"), and [`Pairs`] writes a
//! filter struct back as the pairs of what is set. The queue, the board and the dashboards read
//! and write their filters with these, so every filter refuses a bad value the same way.

use crate::text::{FieldError, Problem};

/// The longest search text a filter takes.
pub const SEARCH_MAX: usize = 200;

#[derive(Debug, Default)]
pub struct Reader {
    errors: Vec<FieldError>,
}

impl Reader {
    pub fn new() -> Reader {
        Reader::default()
    }

    /// An optional choice: `None` for an empty value, `UnknownChoice` for one `parse` refuses.
    pub fn choice<T>(&mut self, key: &str, value: &str, parse: impl Fn(&str) -> Option<T>) -> Option<T> {
        if value.is_empty() {
            return None;
        }
        let parsed = parse(value);
        if parsed.is_none() {
            self.refuse(key, Problem::UnknownChoice);
        }
        parsed
    }

    /// A row id: a positive integer.
    pub fn id(&mut self, key: &str, value: &str) -> Option<i64> {
        self.choice(key, value, |s| s.parse::<i64>().ok().filter(|n| *n > 0))
    }

    /// Search words, at most [`SEARCH_MAX`] characters.
    pub fn search(&mut self, key: &str, value: &str) -> Option<String> {
        let n = value.chars().count();
        if n > SEARCH_MAX {
            self.refuse(key, Problem::TooLong { max: SEARCH_MAX, actual: n });
            return None;
        }
        (!value.is_empty()).then(|| value.to_owned())
    }

    pub fn refuse(&mut self, key: &str, problem: Problem) {
        self.errors.push(FieldError::new(key, problem));
    }

    /// A key no filter of this kind has.
    pub fn unknown(&mut self, key: &str) {
        self.refuse(key, Problem::UnknownField);
    }

    /// The filter, or every problem found.
    pub fn finish<Q>(self, filter: Q) -> Result<Q, Vec<FieldError>> {
        if self.errors.is_empty() {
            Ok(filter)
        } else {
            Err(self.errors)
        }
    }
}

/// The pairs of the filters that are set, in the order added.
#[derive(Debug, Default)]
pub struct Pairs(Vec<(&'static str, String)>);

impl Pairs {
    pub fn new() -> Pairs {
        Pairs::default()
    }

    pub fn set(mut self, key: &'static str, value: Option<impl Into<String>>) -> Pairs {
        if let Some(v) = value {
            self.0.push((key, v.into()));
        }
        self
    }

    pub fn done(self) -> Vec<(&'static str, String)> {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_values_are_no_filter_and_bad_ones_name_their_key() {
        let mut r = Reader::new();
        assert_eq!(r.id("round", ""), None);
        assert_eq!(r.id("round", "7"), Some(7));
        assert_eq!(r.id("round", "0"), None);
        assert_eq!(r.search("q", &"x".repeat(SEARCH_MAX + 1)), None);
        r.unknown("is_admin");
        let errors = r.finish(()).unwrap_err();
        let keys: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(keys, ["round", "q", "is_admin"]);
        assert_eq!(Reader::new().finish(5), Ok(5));
        let pairs = Pairs::new().set("a", Some("1")).set("b", None::<String>).set("c", Some("x".to_owned())).done();
        assert_eq!(pairs, [("a", "1".to_owned()), ("c", "x".to_owned())]);
    }
}
