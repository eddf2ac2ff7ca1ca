//! The review workflow: statuses, the moves allowed between them, priorities and tags. Defined
//! once here; the worker refuses any move this module does not allow, and the reviewer pages
//! offer only the moves it allows.

use crate::code_enum;
use crate::status::Status;
use crate::text::Problem;

impl Status {
    /// Where a submission in this status may go next.
    pub fn next(self) -> &'static [Status] {
        use Status::*;
        match self {
            Received => &[UnderReview, ReferredToWorkingGroup, Duplicate, Closed],
            UnderReview => &[ReferredToWorkingGroup, Accepted, Planned, Declined, Duplicate, Closed],
            ReferredToWorkingGroup => &[UnderReview, Accepted, Planned, Declined, Closed],
            Accepted => &[Planned, Closed],
            Planned => &[Accepted, Closed],
            Declined => &[UnderReview, Closed],
            Duplicate => &[UnderReview, Closed],
            Closed => &[UnderReview],
            Withdrawn => &[],
        }
    }

    pub fn can_move_to(self, next: Status) -> bool {
        self.next().contains(&next)
    }

    /// Statuses that still need a reviewer's work (the backlog).
    pub fn is_open(self) -> bool {
        matches!(self, Status::Received | Status::UnderReview | Status::ReferredToWorkingGroup)
    }
}

code_enum! {
    /// How soon a submission needs attention. Stored as its rank (0 = low … 3 = urgent).
    pub enum Priority {
        Low = "low",
        Normal = "normal",
        High = "high",
        Urgent = "urgent",
    }
}

impl Priority {
    pub fn rank(self) -> u8 {
        match self {
            Priority::Low => 0,
            Priority::Normal => 1,
            Priority::High => 2,
            Priority::Urgent => 3,
        }
    }

    pub fn from_rank(rank: i64) -> Option<Priority> {
        Priority::ALL.iter().copied().find(|p| i64::from(p.rank()) == rank)
    }
}

code_enum! {
    /// What a reviewer account may do.
    pub enum Role {
        Reviewer = "reviewer",
        Admin = "admin",
    }
}

impl Role {
    /// Admins can do everything reviewers can.
    pub fn allows(self, needed: Role) -> bool {
        self == Role::Admin || self == needed
    }
}

/// A label reviewers put on submissions: lower case letters, digits, spaces and dashes, 1 to 40
/// characters, so that "Seals" and " seals " are one tag.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Tag(String);

pub const TAG_MAX: usize = 40;

impl Tag {
    pub fn parse(raw: &str) -> Result<Tag, Problem> {
        let t = raw.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        if t.is_empty() {
            return Err(Problem::Required);
        }
        if t.chars().count() > TAG_MAX {
            return Err(Problem::TooLong { max: TAG_MAX, actual: t.chars().count() });
        }
        if !t.chars().all(|c| c.is_alphanumeric() || c == ' ' || c == '-') {
            return Err(Problem::ForbiddenCharacter);
        }
        Ok(Tag(t))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_can_be_reached_and_left() {
        // Withdrawal is the submitter's act, not a reviewer's move, and it is final.
        assert!(Status::Withdrawn.next().is_empty());
        assert!(!Status::ALL.iter().any(|from| from.can_move_to(Status::Withdrawn)));
        for s in Status::ALL.iter().filter(|s| **s != Status::Withdrawn) {
            assert!(!s.next().is_empty(), "{s:?} is a dead end");
            assert!(!s.can_move_to(*s), "{s:?} moves to itself");
            if *s != Status::Received {
                assert!(Status::ALL.iter().any(|from| from.can_move_to(*s)), "{s:?} cannot be reached");
            }
        }
        assert!(!Status::Received.can_move_to(Status::Accepted), "a decision needs a review first");
        assert!(Status::Closed.can_move_to(Status::UnderReview), "closed items can be reopened");
    }

    #[test]
    fn priorities_round_trip_through_their_rank() {
        for p in Priority::ALL {
            assert_eq!(Priority::from_rank(p.rank().into()), Some(*p));
        }
        assert_eq!(Priority::from_rank(9), None);
    }

    #[test]
    fn roles() {
        assert!(Role::Admin.allows(Role::Reviewer));
        assert!(!Role::Reviewer.allows(Role::Admin));
    }

    #[test]
    fn tags_are_normalised() {
        assert_eq!(Tag::parse("  Seal   Security ").unwrap().as_str(), "seal security");
        assert_eq!(Tag::parse("fast-lanes").unwrap().as_str(), "fast-lanes");
        assert_eq!(Tag::parse("   "), Err(Problem::Required));
        assert_eq!(Tag::parse("a,b"), Err(Problem::ForbiddenCharacter));
        assert!(matches!(Tag::parse(&"x".repeat(41)), Err(Problem::TooLong { .. })));
    }
}
