//! The reviewers' routes: a session cookie (any role). Reads of contact details, downloads and
//! exports are audited.
#![allow(dead_code)] // Declarations only: utoipa reads the attributes, nothing calls the functions.

use super::params::{BenefitParams, FilePath, IdPath, QueueParams, TrackingNumberPath, ValidationParams};
use super::{AnyObject, ExportRecord, FileBytes};
use crate::api::analytics::{BenefitDashboard, FeedbackDashboard};
use crate::api::clusters::{ClusterAnswer, ClusterAnswered, ClusterRepresentative, ClusterSplit, ClusterView};
use crate::api::review::{
    BulkResult, BulkUpdate, ConsultationSummary, NewNote, Note, PublicationForm, QueuePage, SubmissionDetail,
    SubmissionUpdate, UserRef,
};
use crate::api::routes::Operation as O;
use crate::api::validation::ValidationDashboard;
use crate::api::ApiError;

/// The queue: submissions under the filters, a page at a time, with counts per status.
#[utoipa::path(
    get,
    path = O::ListQueue.route().template(),
    operation_id = "listQueue",
    params(QueueParams),
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
)]
pub fn list_queue() {}

/// One submission, contact details included (the read is audited).
#[utoipa::path(
    get,
    path = O::GetSubmission.route().template(),
    operation_id = "getSubmission",
    params(TrackingNumberPath),
    responses(
        (status = 200, description = "Everything about it.", body = SubmissionDetail,
         links(
            ("downloadAttachment" = (operation_id = "downloadAttachment", parameters(("tracking_number" = "$response.body#/tracking_number"), ("file" = "$response.body#/attachments/0/id")))),
            ("getCluster" = (operation_id = "getCluster", parameters(("id" = "$response.body#/cluster")))),
            ("updateSubmission" = (operation_id = "updateSubmission", parameters(("tracking_number" = "$response.body#/tracking_number")))),
            ("addNote" = (operation_id = "addNote", parameters(("tracking_number" = "$response.body#/tracking_number")))),
            ("publishSubmission" = (operation_id = "publishSubmission", parameters(("tracking_number" = "$response.body#/tracking_number")))),
         )),
        (status = 404, description = "`not_found`: no submission has this tracking number.", body = ApiError),
    ),
)]
pub fn get_submission() {}

/// Change status, priority, assignee, tags or the public response, through the review workflow.
/// The submitter and followers are emailed about a new status or response.
#[utoipa::path(
    patch,
    path = O::UpdateSubmission.route().template(),
    operation_id = "updateSubmission",
    params(TrackingNumberPath),
    request_body(content = SubmissionUpdate, description = "Absent fields stay as they are; `assignee: null` unassigns.", example = super::examples::submission_update),
    responses(
        (status = 200, description = "The submission after the change.", body = SubmissionDetail),
        (status = 400, description = "`malformed_json`, or `validation_failed`: a move the workflow does not allow (`status`), a missing or unknown `duplicate_of`, an unknown `assignee`, a bad tag, a response too long.", body = ApiError),
        (status = 404, description = "`not_found`: no submission has this tracking number.", body = ApiError),
    ),
)]
pub fn update_submission() {}

/// An internal note.
#[utoipa::path(
    post,
    path = O::AddNote.route().template(),
    operation_id = "addNote",
    params(TrackingNumberPath),
    request_body(content = NewNote, example = super::examples::note),
    responses(
        (status = 201, description = "The note.", body = Note),
        (status = 404, description = "`not_found`: no submission has this tracking number.", body = ApiError),
    ),
)]
pub fn add_note() {}

/// Publish on the public board, or update the public version (edited to take out personal or
/// proprietary details; the original is kept).
#[utoipa::path(
    put,
    path = O::PublishSubmission.route().template(),
    operation_id = "publishSubmission",
    params(TrackingNumberPath),
    request_body(content = PublicationForm, example = super::examples::publication),
    responses(
        (status = 200, description = "The submission, with its `publication`.", body = SubmissionDetail,
         links(("getBoardItem" = (operation_id = "getBoardItem", parameters(("id" = "$response.body#/publication/board_item")))))),
        (status = 400, description = "`malformed_json`, or `validation_failed`: `publication` `not_allowed_now` (the submitter did not allow publishing, or withdrew), a text over its limit, an unknown attachment.", body = ApiError),
        (status = 404, description = "`not_found`: no submission has this tracking number.", body = ApiError),
    ),
)]
pub fn publish_submission() {}

/// Take the public version off the board (its text is kept).
#[utoipa::path(
    delete,
    path = O::UnpublishSubmission.route().template(),
    operation_id = "unpublishSubmission",
    params(TrackingNumberPath),
    responses(
        (status = 200, description = "The submission, `publication` `null`.", body = SubmissionDetail),
        (status = 404, description = "`not_found`: no submission has this tracking number.", body = ApiError),
    ),
)]
pub fn unpublish_submission() {}

/// Download one of a submission's files (audited).
#[utoipa::path(
    get,
    path = O::DownloadAttachment.route().template(),
    operation_id = "downloadAttachment",
    params(TrackingNumberPath, FilePath),
    responses(
        (status = 200, description = "The file, with its checked media type, `Content-Disposition: attachment` and a sandboxing CSP.",
         content(
            (inline(FileBytes) = "application/pdf"),
            (inline(FileBytes) = "image/png"),
            (inline(FileBytes) = "image/jpeg"),
            (inline(FileBytes) = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            (inline(FileBytes) = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            (inline(FileBytes) = "text/plain"),
         ),
         headers(("Content-Disposition" = String, description = "`attachment; filename=\"…\"; filename*=UTF-8''…`"))),
        (status = 404, description = "`not_found`: no submission has this tracking number, or no file of it this id.", body = ApiError),
    ),
)]
pub fn download_attachment() {}

/// One change applied to many submissions, each checked on its own.
#[utoipa::path(
    post,
    path = O::BulkUpdate.route().template(),
    operation_id = "bulkUpdate",
    request_body(content = BulkUpdate, description = "1 to 200 tracking numbers and one change."),
    responses(
        (status = 200, description = "What was updated, and what was skipped with why (`field` is the tracking number).", body = BulkResult),
    ),
)]
pub fn bulk_update() {}

/// The queue's filters as a CSV file (UTF-8 with a byte order mark, formulas neutralised).
#[utoipa::path(
    get,
    path = O::ExportCsv.route().template(),
    operation_id = "exportCsv",
    params(QueueParams),
    responses(
        (status = 200, description = "The rows, newest first, contact details included (audited). `sort`, `after` and `limit` are checked but do not apply.", content_type = "text/csv", body = String,
         headers(("Content-Disposition" = String, description = "`attachment; filename=\"ctpat-feedback-YYYY-MM-DD.csv\"`"))),
        (status = 422, description = "`export_too_large`: the filters match more than 5,000 submissions.", body = ApiError),
    ),
)]
pub fn export_csv() {}

/// The queue's filters as JSON: one object of text values per submission.
#[utoipa::path(
    get,
    path = O::ExportJson.route().template(),
    operation_id = "exportJson",
    params(QueueParams),
    responses(
        (status = 200, description = "The rows, newest first, contact details included (audited). `sort`, `after` and `limit` are checked but do not apply.", body = [ExportRecord],
         headers(("Content-Disposition" = String, description = "`attachment; filename=\"ctpat-feedback-YYYY-MM-DD.json\"`"))),
        (status = 422, description = "`export_too_large`: the filters match more than 5,000 submissions.", body = ApiError),
    ),
)]
pub fn export_json() {}

/// Active accounts, for assignment.
#[utoipa::path(
    get,
    path = O::ListReviewers.route().template(),
    operation_id = "listReviewers",
    responses(
        (status = 200, description = "The accounts.", body = [UserRef]),
    ),
)]
pub fn list_reviewers() {}

/// A consultation's summary: counts by status, topic and entity type.
#[utoipa::path(
    get,
    path = O::GetConsultationSummary.route().template(),
    operation_id = "getConsultationSummary",
    params(IdPath),
    responses(
        (status = 200, description = "The summary.", body = ConsultationSummary),
        (status = 404, description = "`not_found`: no consultation has this number.", body = ApiError),
    ),
)]
pub fn get_consultation_summary() {}

/// A near-duplicate cluster (its id is its first member's).
#[utoipa::path(
    get,
    path = O::GetCluster.route().template(),
    operation_id = "getCluster",
    params(IdPath),
    responses(
        (status = 200, description = "The cluster.", body = ClusterView,
         links(
            ("confirmCluster" = (operation_id = "confirmCluster", parameters(("id" = "$response.body#/id")))),
            ("splitCluster" = (operation_id = "splitCluster", parameters(("id" = "$response.body#/id")), request_body = json!({ "tracking_numbers": ["$response.body#/members/0/tracking_number"] }))),
            ("setClusterRepresentative" = (operation_id = "setClusterRepresentative", parameters(("id" = "$response.body#/id")), request_body = json!({ "tracking_number": "$response.body#/members/0/tracking_number" }))),
            ("answerCluster" = (operation_id = "answerCluster", parameters(("id" = "$response.body#/id")))),
         )),
        (status = 404, description = "`not_found`: no cluster has this number.", body = ApiError),
    ),
)]
pub fn get_cluster() {}

/// Confirm the cluster is one campaign: support given to any member moves to the representative.
#[utoipa::path(
    post,
    path = O::ConfirmCluster.route().template(),
    operation_id = "confirmCluster",
    params(IdPath),
    request_body(content = inline(AnyObject), description = "Any JSON object (`{}`); its content is ignored."),
    responses(
        (status = 200, description = "The cluster, confirmed.", body = ClusterView),
        (status = 404, description = "`not_found`: no cluster has this number.", body = ApiError),
    ),
)]
pub fn confirm_cluster() {}

/// These members leave the cluster, each on its own.
#[utoipa::path(
    post,
    path = O::SplitCluster.route().template(),
    operation_id = "splitCluster",
    params(IdPath),
    request_body(content = ClusterSplit),
    responses(
        (status = 200, description = "The cluster after the split.", body = ClusterView),
        (status = 400, description = "`malformed_json`, or `validation_failed` on `tracking_numbers`: none given, or one that is not a member other than the representative.", body = ApiError),
        (status = 404, description = "`not_found`: no cluster has this number.", body = ApiError),
    ),
)]
pub fn split_cluster() {}

/// Choose the member shown for the cluster.
#[utoipa::path(
    post,
    path = O::SetClusterRepresentative.route().template(),
    operation_id = "setClusterRepresentative",
    params(IdPath),
    request_body(content = ClusterRepresentative),
    responses(
        (status = 200, description = "The cluster with its new representative.", body = ClusterView),
        (status = 400, description = "`malformed_json`, or `validation_failed` on `tracking_number`: not a member.", body = ApiError),
        (status = 404, description = "`not_found`: no cluster has this number.", body = ApiError),
    ),
)]
pub fn set_cluster_representative() {}

/// One status and one public response for every member, each through the workflow.
#[utoipa::path(
    post,
    path = O::AnswerCluster.route().template(),
    operation_id = "answerCluster",
    params(IdPath),
    request_body(content = ClusterAnswer, description = "A `status`, a `public_response`, or both."),
    responses(
        (status = 200, description = "How many members moved, and which the workflow skipped with why (`field` is the tracking number).", body = ClusterAnswered),
        (status = 400, description = "`malformed_json`, or `validation_failed`: neither `status` nor `public_response`, or a response the rules refuse.", body = ApiError),
        (status = 404, description = "`not_found`: no cluster has this number.", body = ApiError),
    ),
)]
pub fn answer_cluster() {}

/// The benefit dashboard: every figure of the survey responses under the filters.
#[utoipa::path(
    get,
    path = O::GetBenefitDashboard.route().template(),
    operation_id = "getBenefitDashboard",
    params(BenefitParams),
    responses(
        (status = 200, description = "The dashboard.", body = BenefitDashboard),
    ),
)]
pub fn get_benefit_dashboard() {}

/// The benefit dashboard's figures as CSV: one row per benefit and measure.
#[utoipa::path(
    get,
    path = O::ExportBenefitFigures.route().template(),
    operation_id = "exportBenefitFigures",
    params(BenefitParams),
    responses(
        (status = 200, description = "The figures (UTF-8 with a byte order mark).", content_type = "text/csv", body = String,
         headers(("Content-Disposition" = String, description = "`attachment; filename=\"ctpat-benefit-figures-YYYY-MM-DD.csv\"`"))),
    ),
)]
pub fn export_benefit_figures() {}

/// Feedback volume, backlog, response times and the status funnel. Takes no parameters.
#[utoipa::path(
    get,
    path = O::GetFeedbackDashboard.route().template(),
    operation_id = "getFeedbackDashboard",
    responses(
        (status = 200, description = "The dashboard.", body = FeedbackDashboard),
    ),
)]
pub fn get_feedback_dashboard() {}

/// The feedback dashboard's figures as CSV.
#[utoipa::path(
    get,
    path = O::ExportFeedbackFigures.route().template(),
    operation_id = "exportFeedbackFigures",
    responses(
        (status = 200, description = "The figures (UTF-8 with a byte order mark).", content_type = "text/csv", body = String,
         headers(("Content-Disposition" = String, description = "`attachment; filename=\"ctpat-feedback-figures-YYYY-MM-DD.csv\"`"))),
    ),
)]
pub fn export_feedback_figures() {}

/// The validation experience dashboard: figures per field office, mode, entity type and year,
/// and the spread between offices.
#[utoipa::path(
    get,
    path = O::GetValidationDashboard.route().template(),
    operation_id = "getValidationDashboard",
    params(ValidationParams),
    responses(
        (status = 200, description = "The dashboard.", body = ValidationDashboard),
    ),
)]
pub fn get_validation_dashboard() {}

/// The validation dashboard's figures as CSV, groups of fewer than five reports withheld.
#[utoipa::path(
    get,
    path = O::ExportValidationFigures.route().template(),
    operation_id = "exportValidationFigures",
    params(ValidationParams),
    responses(
        (status = 200, description = "The figures (UTF-8 with a byte order mark).", content_type = "text/csv", body = String,
         headers(("Content-Disposition" = String, description = "`attachment; filename=\"ctpat-validation-figures-YYYY-MM-DD.csv\"`"))),
    ),
)]
pub fn export_validation_figures() {}
