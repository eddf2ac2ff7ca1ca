//! A reviewer's change to one submission, planned: which columns change, what its history
//! records, which tags come and go, and what the submitter is told. A pure function of the row,
//! the change and two facts the caller looks up (does the named original of a duplicate exist;
//! who may be assigned), so the workflow's rules are tested natively and the worker only turns
//! the plan into statements.

use crate::api::review::{SubmissionUpdate, UserRef, NOTE_MAX, RESPONSE_MAX};
use crate::receipt::TrackingNumber;
use crate::status::Status;
use crate::text::{FieldError, Problem, TextRule};
use crate::workflow::{Priority, Tag};

/// An internal note: required, up to `NOTE_MAX` characters.
pub const NOTE_RULE: TextRule = TextRule { required: true, max_chars: NOTE_MAX, single_line: false };
/// The public response: an empty one removes it.
pub const RESPONSE_RULE: TextRule = TextRule { required: false, max_chars: RESPONSE_MAX, single_line: false };

/// The submission as the change finds it.
pub struct Current<'a> {
    pub tracking_number: &'a str,
    pub status: Status,
    pub duplicate_of: Option<&'a str>,
    pub priority_rank: i64,
    pub assignee_email: Option<String>,
    pub public_response: Option<&'a str>,
}

/// What the store knows that the rules need.
pub struct Facts<'a> {
    /// Whether the submission `change.duplicate_of` names exists (false when it was not looked
    /// up: see [`original_to_look_up`]).
    pub original_exists: bool,
    /// The active accounts (looked up when the change assigns someone).
    pub assignable: &'a [UserRef],
}

/// The tracking number whose existence the rules need: the original of a move to duplicate.
pub fn original_to_look_up(change: &SubmissionUpdate) -> Option<TrackingNumber> {
    (change.status == Some(Status::Duplicate))
        .then(|| change.duplicate_of.as_deref().and_then(|raw| TrackingNumber::parse(raw).ok()))
        .flatten()
}

/// A column's new value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    Number(i64),
    Null,
}

/// One line of the submission's history.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub field: &'static str,
    pub from: Option<String>,
    pub to: Option<String>,
}

fn entry(field: &'static str, from: Option<String>, to: Option<String>) -> Entry {
    Entry { field, from, to }
}

#[derive(Debug, Default, PartialEq)]
pub struct Plan {
    /// Columns of `submissions` and their new values, from this fixed set of names only.
    pub sets: Vec<(&'static str, Value)>,
    pub history: Vec<Entry>,
    pub add: Vec<Tag>,
    pub remove: Vec<Tag>,
}

impl Plan {
    /// What the submitter and followers are told: a status the change made, a response it set.
    pub fn news(&self) -> crate::notify::Change<'_> {
        let to = |field: &str| self.history.iter().find(|e| e.field == field).and_then(|e| e.to.as_deref());
        crate::notify::Change {
            status: to("status").and_then(Status::from_code),
            response: to("public_response"),
            withdrawn: false,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.sets.is_empty() && self.history.is_empty() && self.add.is_empty() && self.remove.is_empty()
    }
}

/// Checks `change` against the workflow: every problem (field by field), or the plan. `now` is
/// the time a new public response is stamped with.
pub fn plan(current: &Current, change: &SubmissionUpdate, facts: &Facts, now: i64) -> Result<Plan, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut p = Plan::default();
    if let Some(next) = change.status {
        if !current.status.can_move_to(next) {
            errors.push(FieldError::new("status", Problem::NotAllowedNow));
        } else {
            p.sets.push(("status", Value::Text(next.code().into())));
            p.history.push(entry("status", Some(current.status.code().into()), Some(next.code().into())));
            if next == Status::Duplicate {
                match change.duplicate_of.as_deref().map(TrackingNumber::parse) {
                    None => errors.push(FieldError::new("duplicate_of", Problem::Required)),
                    Some(Ok(original)) if facts.original_exists && original.as_str() != current.tracking_number => {
                        p.sets.push(("duplicate_of", Value::Text(original.to_string())));
                        p.history.push(entry(
                            "duplicate_of",
                            current.duplicate_of.map(Into::into),
                            Some(original.to_string()),
                        ));
                    }
                    Some(_) => errors.push(FieldError::new("duplicate_of", Problem::NotFound)),
                }
            } else if current.duplicate_of.is_some() {
                p.sets.push(("duplicate_of", Value::Null));
                p.history.push(entry("duplicate_of", current.duplicate_of.map(Into::into), None));
            }
        }
    }
    if let Some(priority) = change.priority {
        if i64::from(priority.rank()) != current.priority_rank {
            let from = Priority::from_rank(current.priority_rank).map(|p| p.code().to_owned());
            p.sets.push(("priority", Value::Number(priority.rank().into())));
            p.history.push(entry("priority", from, Some(priority.code().into())));
        }
    }
    match change.assignee {
        None => {}
        Some(None) => {
            p.sets.push(("assignee_id", Value::Null));
            p.history.push(entry("assignee", current.assignee_email.clone(), None));
        }
        Some(Some(id)) => match facts.assignable.iter().find(|u| u.id == id) {
            Some(u) => {
                p.sets.push(("assignee_id", Value::Number(id)));
                p.history.push(entry("assignee", current.assignee_email.clone(), Some(u.email.clone())));
            }
            None => errors.push(FieldError::new("assignee", Problem::NotFound)),
        },
    }
    if let Some(response) = &change.public_response {
        match RESPONSE_RULE.parse(response) {
            Ok(new) if new.as_deref() != current.public_response => {
                let at = if new.is_some() { Value::Number(now) } else { Value::Null };
                p.sets.push(("public_response", new.clone().map_or(Value::Null, Value::Text)));
                p.sets.push(("public_response_at", at));
                p.history.push(entry("public_response", current.public_response.map(Into::into), new));
            }
            Ok(_) => {}
            Err(problem) => errors.push(FieldError::new("public_response", problem)),
        }
    }
    let mut tags = |raw: &[String], field: &str, into: &mut Vec<Tag>| {
        for t in raw {
            match Tag::parse(t) {
                Ok(tag) => into.push(tag),
                Err(problem) => errors.push(FieldError::new(field, problem)),
            }
        }
    };
    tags(&change.add_tags, "add_tags", &mut p.add);
    tags(&change.remove_tags, "remove_tags", &mut p.remove);
    if errors.is_empty() {
        Ok(p)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn current() -> Current<'static> {
        Current {
            tracking_number: "CTPAT-AAAA-BBBB-CCCC",
            status: Status::Received,
            duplicate_of: None,
            priority_rank: Priority::Normal.rank().into(),
            assignee_email: None,
            public_response: None,
        }
    }

    fn nobody() -> Facts<'static> {
        Facts { original_exists: false, assignable: &[] }
    }

    fn problems(result: Result<Plan, Vec<FieldError>>) -> Vec<(String, Problem)> {
        result.unwrap_err().into_iter().map(|e| (e.field, e.problem)).collect()
    }

    #[test]
    fn an_empty_change_plans_nothing() {
        assert!(plan(&current(), &SubmissionUpdate::default(), &nobody(), 1).unwrap().is_empty());
    }

    #[test]
    fn a_status_move_is_checked_against_the_workflow_and_told() {
        let to = |status| SubmissionUpdate { status: Some(status), ..Default::default() };
        let p = plan(&current(), &to(Status::UnderReview), &nobody(), 1).unwrap();
        assert_eq!(p.sets, [("status", Value::Text("under_review".into()))]);
        assert_eq!(p.news().status, Some(Status::UnderReview));
        let withdrawn = Current { status: Status::Withdrawn, ..current() };
        assert_eq!(
            problems(plan(&withdrawn, &to(Status::UnderReview), &nobody(), 1)),
            [("status".into(), Problem::NotAllowedNow)]
        );
    }

    #[test]
    fn a_duplicate_names_an_original_that_exists_and_is_not_itself() {
        let change = |original: Option<&str>| SubmissionUpdate {
            status: Some(Status::Duplicate),
            duplicate_of: original.map(Into::into),
            ..Default::default()
        };
        let found = Facts { original_exists: true, assignable: &[] };
        let original = "CTPAT-DDDD-EEEE-FFFF";
        assert_eq!(original_to_look_up(&change(Some(original))).map(|t| t.to_string()).as_deref(), Some(original));
        let p = plan(&current(), &change(Some(original)), &found, 1).unwrap();
        assert!(p.sets.contains(&("duplicate_of", Value::Text(original.into()))));
        assert_eq!(problems(plan(&current(), &change(None), &found, 1)), [("duplicate_of".into(), Problem::Required)]);
        assert_eq!(
            problems(plan(&current(), &change(Some(original)), &nobody(), 1)),
            [("duplicate_of".into(), Problem::NotFound)]
        );
        let itself = change(Some("CTPAT-AAAA-BBBB-CCCC"));
        assert_eq!(problems(plan(&current(), &itself, &found, 1)), [("duplicate_of".into(), Problem::NotFound)]);
    }

    #[test]
    fn leaving_duplicate_clears_the_original() {
        let dup = Current { status: Status::Duplicate, duplicate_of: Some("CTPAT-DDDD-EEEE-FFFF"), ..current() };
        let change = SubmissionUpdate { status: Some(Status::UnderReview), ..Default::default() };
        let p = plan(&dup, &change, &nobody(), 1).unwrap();
        assert!(p.sets.contains(&("duplicate_of", Value::Null)));
    }

    #[test]
    fn assignment_needs_an_active_account() {
        let ana = UserRef { id: 7, name: "Ana".into(), email: "ana@example.gov".into() };
        let facts = Facts { original_exists: false, assignable: std::slice::from_ref(&ana) };
        let assign = |id| SubmissionUpdate { assignee: Some(id), ..Default::default() };
        let p = plan(&current(), &assign(Some(7)), &facts, 1).unwrap();
        assert_eq!(p.history, [entry("assignee", None, Some("ana@example.gov".into()))]);
        assert_eq!(problems(plan(&current(), &assign(Some(8)), &facts, 1)), [("assignee".into(), Problem::NotFound)]);
        assert_eq!(plan(&current(), &assign(None), &facts, 1).unwrap().sets, [("assignee_id", Value::Null)]);
    }

    #[test]
    fn a_new_response_is_stamped_and_an_unchanged_one_plans_nothing() {
        let respond = |text: &str| SubmissionUpdate { public_response: Some(text.into()), ..Default::default() };
        let p = plan(&current(), &respond(" Thank you. "), &nobody(), 42).unwrap();
        assert_eq!(
            p.sets,
            [("public_response", Value::Text("Thank you.".into())), ("public_response_at", Value::Number(42))]
        );
        assert_eq!(p.news().response, Some("Thank you."));
        let answered = Current { public_response: Some("Thank you."), ..current() };
        assert!(plan(&answered, &respond("Thank you."), &nobody(), 43).unwrap().is_empty());
        let removed = plan(&answered, &respond(""), &nobody(), 43).unwrap();
        assert_eq!(removed.sets, [("public_response", Value::Null), ("public_response_at", Value::Null)]);
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let change = SubmissionUpdate {
            assignee: Some(Some(9)),
            add_tags: vec!["".into()],
            public_response: Some("x".repeat(RESPONSE_MAX + 1)),
            ..Default::default()
        };
        let fields: Vec<String> =
            problems(plan(&current(), &change, &nobody(), 1)).into_iter().map(|(f, _)| f).collect();
        assert_eq!(fields, ["assignee", "public_response", "add_tags"]);
    }
}
