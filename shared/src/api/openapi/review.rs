//! The reviewers' routes: a session cookie (any role). Reads of contact details, downloads and
//! exports are audited.
#![allow(dead_code)] // Declarations only: utoipa reads the attributes, nothing calls the functions.

use super::params::{BenefitParams, FilePath, IdPath, QueueParams, TrackingNumberPath, ValidationParams};
use super::responses::Download;
use super::{AnyObject, ExportRecord};
use crate::api::analytics::{BenefitDashboard, FeedbackDashboard};
use crate::api::clusters::{ClusterAnswer, ClusterAnswered, ClusterRepresentative, ClusterSplit, ClusterView};
use crate::api::review::{
    BulkResult, BulkUpdate, ConsultationSummary, NewNote, Note, PublicationForm, QueuePage, SubmissionDetail,
    SubmissionUpdate, UserRef,
};
use crate::api::validation::ValidationDashboard;
use crate::api::ApiError;

operations! {
    /// The queue: submissions under the filters, a page at a time, with counts per status.
    get ListQueue(QueueParams) {
        responses(
            (status = 200, description = "One page; `next` is `null` on the last.", body = QueuePage,
             links(
                ("getSubmission" = (operation_id = "getSubmission", parameters(("tracking_number" = "$response.body#/items/0/tracking_number")))),
                ("updateSubmission" = (operation_id = "updateSubmission", parameters(("tracking_number" = "$response.body#/items/0/tracking_number")))),
                ("addNote" = (operation_id = "addNote", parameters(("tracking_number" = "$response.body#/items/0/tracking_number")))),
                ("publishSubmission" = (operation_id = "publishSubmission", parameters(("tracking_number" = "$response.body#/items/0/tracking_number")))),
                ("unpublishSubmission" = (operation_id = "unpublishSubmission", parameters(("tracking_number" = "$response.body#/items/0/tracking_number")))),
                ("getCluster" = (operation_id = "getCluster", parameters(("id" = "$response.body#/items/0/cluster")))),
                ("bulkUpdate" = (operation_id = "bulkUpdate", request_body = json!({ "tracking_numbers": ["$response.body#/items/0/tracking_number"] }))),
             )),
        ),
    }

    /// One submission, contact details included (the read is audited).
    get GetSubmission(TrackingNumberPath) {
        not_found = "no submission has this tracking number.",
        responses(
            (status = 200, description = "Everything about it.", body = SubmissionDetail,
             links(
                ("downloadAttachment" = (operation_id = "downloadAttachment", parameters(("tracking_number" = "$response.body#/tracking_number"), ("file" = "$response.body#/attachments/0/id")))),
                ("getCluster" = (operation_id = "getCluster", parameters(("id" = "$response.body#/cluster")))),
                ("updateSubmission" = (operation_id = "updateSubmission", parameters(("tracking_number" = "$response.body#/tracking_number")))),
                ("addNote" = (operation_id = "addNote", parameters(("tracking_number" = "$response.body#/tracking_number")))),
                ("publishSubmission" = (operation_id = "publishSubmission", parameters(("tracking_number" = "$response.body#/tracking_number")))),
             )),
        ),
    }

    /// Change status, priority, assignee, tags or the public response, through the review workflow.
    /// The submitter and followers are emailed about a new status or response.
    patch UpdateSubmission(TrackingNumberPath) {
        request_body(content = SubmissionUpdate, description = "Absent fields stay as they are; `assignee: null` unassigns.", example = super::examples::submission_update),
        not_found = "no submission has this tracking number.",
        responses(
            (status = 200, description = "The submission after the change.", body = SubmissionDetail),
            (status = 400, description = "`malformed_json`, or `validation_failed`: a move the workflow does not allow (`status`), a missing or unknown `duplicate_of`, an unknown `assignee`, a bad tag, a response too long.", body = ApiError),
        ),
    }

    /// An internal note.
    post AddNote(TrackingNumberPath) {
        request_body(content = NewNote, example = super::examples::note),
        not_found = "no submission has this tracking number.",
        responses((status = 201, description = "The note.", body = Note)),
    }

    /// Publish on the public board, or update the public version (edited to take out personal or
    /// proprietary details; the original is kept).
    put PublishSubmission(TrackingNumberPath) {
        request_body(content = PublicationForm, example = super::examples::publication),
        not_found = "no submission has this tracking number.",
        responses(
            (status = 200, description = "The submission, with its `publication`.", body = SubmissionDetail,
             links(("getBoardItem" = (operation_id = "getBoardItem", parameters(("id" = "$response.body#/publication/board_item")))))),
            (status = 400, description = "`malformed_json`, or `validation_failed`: `publication` `not_allowed_now` (the submitter did not allow publishing, or withdrew), a text over its limit, an unknown attachment.", body = ApiError),
        ),
    }

    /// Take the public version off the board (its text is kept).
    delete UnpublishSubmission(TrackingNumberPath) {
        not_found = "no submission has this tracking number.",
        responses((status = 200, description = "The submission, `publication` `null`.", body = SubmissionDetail)),
    }

    /// Download one of a submission's files (audited).
    get DownloadAttachment(TrackingNumberPath, FilePath) {
        not_found = "no submission has this tracking number, or no file of it this id.",
        responses(
            (status = 200, response = inline(Download)),
        ),
    }

    /// One change applied to many submissions, each checked on its own.
    post BulkUpdate {
        request_body(content = BulkUpdate, description = "1 to 200 tracking numbers and one change."),
        responses(
            (status = 200, description = "What was updated, and what was skipped with why (`field` is the tracking number).", body = BulkResult),
        ),
    }

    /// The queue's filters as a CSV file (UTF-8 with a byte order mark, formulas neutralised).
    get ExportCsv(QueueParams) {
        responses(
            (status = 200, description = "The rows, newest first, contact details included (audited). `sort`, `after` and `limit` are checked but do not apply.", content_type = "text/csv", body = String,
             headers(("Content-Disposition" = String, description = "`attachment; filename=\"ctpat-feedback-YYYY-MM-DD.csv\"`"))),
            (status = 422, description = "`export_too_large`: the filters match more than 5,000 submissions.", body = ApiError),
        ),
    }

    /// The queue's filters as JSON: one object of text values per submission.
    get ExportJson(QueueParams) {
        responses(
            (status = 200, description = "The rows, newest first, contact details included (audited). `sort`, `after` and `limit` are checked but do not apply.", body = [ExportRecord],
             headers(("Content-Disposition" = String, description = "`attachment; filename=\"ctpat-feedback-YYYY-MM-DD.json\"`"))),
            (status = 422, description = "`export_too_large`: the filters match more than 5,000 submissions.", body = ApiError),
        ),
    }

    /// Active accounts, for assignment.
    get ListReviewers {
        responses((status = 200, description = "The accounts.", body = [UserRef])),
    }

    /// A consultation's summary: counts by status, topic and entity type.
    get GetConsultationSummary(IdPath) {
        not_found = "no consultation has this number.",
        responses((status = 200, description = "The summary.", body = ConsultationSummary)),
    }

    /// A near-duplicate cluster (its id is its first member's).
    get GetCluster(IdPath) {
        not_found = "no cluster has this number.",
        responses(
            (status = 200, description = "The cluster.", body = ClusterView,
             links(
                ("confirmCluster" = (operation_id = "confirmCluster", parameters(("id" = "$response.body#/id")))),
                ("splitCluster" = (operation_id = "splitCluster", parameters(("id" = "$response.body#/id")), request_body = json!({ "tracking_numbers": ["$response.body#/members/0/tracking_number"] }))),
                ("setClusterRepresentative" = (operation_id = "setClusterRepresentative", parameters(("id" = "$response.body#/id")), request_body = json!({ "tracking_number": "$response.body#/members/0/tracking_number" }))),
                ("answerCluster" = (operation_id = "answerCluster", parameters(("id" = "$response.body#/id")))),
             )),
        ),
    }

    /// Confirm the cluster is one campaign: support given to any member moves to the representative.
    post ConfirmCluster(IdPath) {
        request_body(content = inline(AnyObject), description = "Any JSON object (`{}`); its content is ignored."),
        not_found = "no cluster has this number.",
        responses((status = 200, description = "The cluster, confirmed.", body = ClusterView)),
    }

    /// These members leave the cluster, each on its own.
    post SplitCluster(IdPath) {
        request_body(content = ClusterSplit),
        not_found = "no cluster has this number.",
        responses(
            (status = 200, description = "The cluster after the split.", body = ClusterView),
            (status = 400, description = "`malformed_json`, or `validation_failed` on `tracking_numbers`: none given, or one that is not a member other than the representative.", body = ApiError),
        ),
    }

    /// Choose the member shown for the cluster.
    post SetClusterRepresentative(IdPath) {
        request_body(content = ClusterRepresentative),
        not_found = "no cluster has this number.",
        responses(
            (status = 200, description = "The cluster with its new representative.", body = ClusterView),
            (status = 400, description = "`malformed_json`, or `validation_failed` on `tracking_number`: not a member.", body = ApiError),
        ),
    }

    /// One status and one public response for every member, each through the workflow.
    post AnswerCluster(IdPath) {
        request_body(content = ClusterAnswer, description = "A `status`, a `public_response`, or both."),
        not_found = "no cluster has this number.",
        responses(
            (status = 200, description = "How many members moved, and which the workflow skipped with why (`field` is the tracking number).", body = ClusterAnswered),
            (status = 400, description = "`malformed_json`, or `validation_failed`: neither `status` nor `public_response`, or a response the rules refuse.", body = ApiError),
        ),
    }

    /// The benefit dashboard: every figure of the survey responses under the filters.
    get GetBenefitDashboard(BenefitParams) {
        responses((status = 200, description = "The dashboard.", body = BenefitDashboard)),
    }

    /// The benefit dashboard's figures as CSV: one row per benefit and measure.
    get ExportBenefitFigures(BenefitParams) {
        responses(
            (status = 200, description = "The figures (UTF-8 with a byte order mark).", content_type = "text/csv", body = String,
             headers(("Content-Disposition" = String, description = "`attachment; filename=\"ctpat-benefit-figures-YYYY-MM-DD.csv\"`"))),
        ),
    }

    /// Feedback volume, backlog, response times and the status funnel. Takes no parameters.
    get GetFeedbackDashboard {
        responses((status = 200, description = "The dashboard.", body = FeedbackDashboard)),
    }

    /// The feedback dashboard's figures as CSV.
    get ExportFeedbackFigures {
        responses(
            (status = 200, description = "The figures (UTF-8 with a byte order mark).", content_type = "text/csv", body = String,
             headers(("Content-Disposition" = String, description = "`attachment; filename=\"ctpat-feedback-figures-YYYY-MM-DD.csv\"`"))),
        ),
    }

    /// The validation experience dashboard: figures per field office, mode, entity type and year,
    /// and the spread between offices.
    get GetValidationDashboard(ValidationParams) {
        responses((status = 200, description = "The dashboard.", body = ValidationDashboard)),
    }

    /// The validation dashboard's figures as CSV, groups of fewer than five reports withheld.
    get ExportValidationFigures(ValidationParams) {
        responses(
            (status = 200, description = "The figures (UTF-8 with a byte order mark).", content_type = "text/csv", body = String,
             headers(("Content-Disposition" = String, description = "`attachment; filename=\"ctpat-validation-figures-YYYY-MM-DD.csv\"`"))),
        ),
    }
}
