//! Where a submission stands in CBP's review, as the submitter and reviewers see it.

use crate::code_enum;

code_enum! {
    /// The review status of a submission.
    pub enum Status {
        Received = "received",
        UnderReview = "under_review",
        ReferredToWorkingGroup = "referred_to_working_group",
        Accepted = "accepted",
        Planned = "planned",
        Declined = "declined",
        Duplicate = "duplicate",
        Closed = "closed",
        /// The submitter took it back with their receipt. Final: no reviewer move leads out.
        Withdrawn = "withdrawn",
    }
}
