//! The route table: every operation of the JSON API, once, with its method, its path template,
//! who may call it and the group it is documented in.
//!
//! The worker dispatches from it ([`find`], then one `match` on [`Operation`]), the frontend's
//! client builds its addresses from it ([`Operation::url`], which percent-encodes each segment),
//! and the OpenAPI document is checked against it (its operations equal this table) and takes
//! each operation's security and standard error answers from [`Access`].
//!
//! A template is a fixed prefix (one of the `*_PATH` constants, which pages also use for links)
//! and the rest, with `{name}` for a segment. Segments are percent-decoded once, here, so a
//! handler receives `SP 2026 ABC` however the browser wrote it.

use super::analytics::{
    ADMIN_SURVEY_ROUNDS_PATH, BENEFIT_ANALYTICS_CSV_PATH, BENEFIT_ANALYTICS_PATH, FEEDBACK_ANALYTICS_CSV_PATH,
    FEEDBACK_ANALYTICS_PATH, PUBLIC_BENEFITS_PATH, SURVEY_RECEIPTS_PATH, SURVEY_ROUNDS_PATH,
};
use super::clusters::CLUSTERS_PATH;
use super::mfa::{RECOVERY_CODES_PATH, SECOND_FACTOR_PATH, SECURITY_POLICY_PATH, TOTP_PATH};
use super::public::{
    ADMIN_CONSULTATIONS_PATH, ATTACHMENTS_PATH, BOARD_PATH, CONSULTATIONS_PATH, FOLLOWS_PATH, OPENAPI_PATH,
    REPORTS_PATH,
};
use super::review::{
    AUDIT_PATH, BULK_PATH, EXPORT_CSV_PATH, EXPORT_JSON_PATH, OUTBOX_PATH, QUEUE_PATH, REVIEWERS_PATH,
    REVIEW_CONSULTATIONS_PATH, SESSION_PATH, USERS_PATH,
};
use super::validation::{
    ADMIN_FIELD_OFFICES_PATH, FIELD_OFFICES_PATH, VALIDATION_ANALYTICS_CSV_PATH, VALIDATION_ANALYTICS_PATH,
    VALIDATION_REPORTS_PATH,
};
use super::{HEALTH_PATH, RECEIPTS_PATH, SUBMISSIONS_PATH};
use crate::url::{decode_component, encode_component};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Method {
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }

    /// A write: needs a same-site browser (or no browser) and, on JSON routes, a JSON body.
    pub fn is_write(self) -> bool {
        self != Method::Get
    }
}

/// Who may call an operation. The handler enforces it (it also needs the account); the table
/// says it so the document can name the security scheme and the 401/403 answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Anyone,
    /// The pending sign-in of an account with two-step verification (its own cookie).
    SecondFactor,
    /// Any signed-in account, also one that must still set up two-step verification.
    Session,
    Reviewer,
    Admin,
}

/// Where the document lists an operation (its OpenAPI tag).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Public,
    Session,
    Review,
    Admin,
}

impl Group {
    pub fn tag(self) -> &'static str {
        match self {
            Group::Public => "public",
            Group::Session => "session",
            Group::Review => "review",
            Group::Admin => "admin",
        }
    }
}

#[derive(Debug)]
pub struct Route {
    pub operation: Operation,
    pub method: Method,
    /// The fixed start of the path (a `*_PATH` constant).
    pub prefix: &'static str,
    /// The rest of the template: `""`, or segments such as `/{tracking_number}/follow`.
    pub rest: &'static str,
    pub access: Access,
    pub group: Group,
}

impl Route {
    /// The whole template, as OpenAPI writes it: `/api/v1/receipts/{tracking_number}`.
    pub fn template(&self) -> String {
        format!("{}{}", self.prefix, self.rest)
    }

    /// The address with `segments` in place of the template's `{…}`, each percent-encoded.
    pub fn url(&self, segments: &[&str]) -> String {
        let mut out = self.prefix.to_owned();
        let mut given = segments.iter();
        for part in self.rest.split('/').skip(1) {
            out.push('/');
            if part.starts_with('{') {
                out.push_str(&encode_component(given.next().expect("a segment for every `{…}` of the template")));
            } else {
                out.push_str(part);
            }
        }
        assert!(given.next().is_none(), "more segments than the template of {:?} has", self.operation);
        out
    }

    /// The decoded segments of `path` if it is this route's path.
    fn segments(&self, path: &str) -> Option<Vec<String>> {
        let rest = path.strip_prefix(self.prefix)?;
        let mut segments = Vec::new();
        let mut given = rest.split('/');
        for wanted in self.rest.split('/') {
            let part = given.next()?;
            if wanted.starts_with('{') {
                if part.is_empty() {
                    return None;
                }
                segments.push(decode_component(part));
            } else if wanted != part {
                return None;
            }
        }
        given.next().is_none().then_some(segments)
    }
}

macro_rules! routes {
    ($( $(#[$doc:meta])* $operation:ident: $method:ident $prefix:ident $rest:literal, $access:ident, $group:ident; )+) => {
        /// Every operation of the API; its OpenAPI `operationId` is its name in lower camel case.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Operation { $( $(#[$doc])* $operation, )+ }

        /// In dispatch order; for one path, the methods in the order `Allow` lists them.
        pub const ROUTES: &[Route] = &[$(
            Route {
                operation: Operation::$operation,
                method: Method::$method,
                prefix: $prefix,
                rest: $rest,
                access: Access::$access,
                group: Group::$group,
            },
        )+];

        impl Operation {
            fn name(self) -> &'static str {
                match self { $( Operation::$operation => stringify!($operation), )+ }
            }
        }
    };
}

routes! {
    GetHealth: Get HEALTH_PATH "", Anyone, Public;
    GetOpenApiDocument: Get OPENAPI_PATH "", Anyone, Public;
    CreateSubmission: Post SUBMISSIONS_PATH "", Anyone, Public;
    GetReceipt: Get RECEIPTS_PATH "/{tracking_number}", Anyone, Public;
    FollowReceipt: Post RECEIPTS_PATH "/{tracking_number}/follow", Anyone, Public;
    WithdrawSubmission: Post RECEIPTS_PATH "/{tracking_number}/withdraw", Anyone, Public;
    UploadAttachment: Post ATTACHMENTS_PATH "", Anyone, Public;
    ListConsultations: Get CONSULTATIONS_PATH "", Anyone, Public;
    GetConsultation: Get CONSULTATIONS_PATH "/{id}", Anyone, Public;
    ListBoard: Get BOARD_PATH "", Anyone, Public;
    GetBoardItem: Get BOARD_PATH "/{id}", Anyone, Public;
    SupportBoardItem: Post BOARD_PATH "/{id}/support", Anyone, Public;
    FollowBoardItem: Post BOARD_PATH "/{id}/follow", Anyone, Public;
    DownloadBoardAttachment: Get BOARD_PATH "/{id}/attachments/{file}", Anyone, Public;
    Unfollow: Delete FOLLOWS_PATH "/{token}", Anyone, Public;
    ListSurveyRounds: Get SURVEY_ROUNDS_PATH "", Anyone, Public;
    AnswerSurvey: Post SURVEY_ROUNDS_PATH "/{id}/responses", Anyone, Public;
    GetSurveyReceipt: Get SURVEY_RECEIPTS_PATH "/{tracking_number}", Anyone, Public;
    GetBenefitSummary: Get PUBLIC_BENEFITS_PATH "", Anyone, Public;
    ListFieldOffices: Get FIELD_OFFICES_PATH "", Anyone, Public;
    CreateValidationReport: Post VALIDATION_REPORTS_PATH "", Anyone, Public;
    GetValidationReceipt: Get VALIDATION_REPORTS_PATH "/{tracking_number}", Anyone, Public;
    ReportSubmission: Post REPORTS_PATH "", Anyone, Public;

    GetSession: Get SESSION_PATH "", Session, Session;
    SignIn: Post SESSION_PATH "", Anyone, Session;
    SignOut: Delete SESSION_PATH "", Session, Session;
    CompleteSignIn: Post SECOND_FACTOR_PATH "", SecondFactor, Session;
    StartTotpSetup: Post TOTP_PATH "", Session, Session;
    ConfirmTotpSetup: Put TOTP_PATH "", Session, Session;
    RenewRecoveryCodes: Post RECOVERY_CODES_PATH "", Session, Session;

    ListQueue: Get QUEUE_PATH "", Reviewer, Review;
    AddNote: Post QUEUE_PATH "/{tracking_number}/notes", Reviewer, Review;
    PublishSubmission: Put QUEUE_PATH "/{tracking_number}/publication", Reviewer, Review;
    UnpublishSubmission: Delete QUEUE_PATH "/{tracking_number}/publication", Reviewer, Review;
    DownloadAttachment: Get QUEUE_PATH "/{tracking_number}/attachments/{file}", Reviewer, Review;
    GetSubmission: Get QUEUE_PATH "/{tracking_number}", Reviewer, Review;
    UpdateSubmission: Patch QUEUE_PATH "/{tracking_number}", Reviewer, Review;
    BulkUpdate: Post BULK_PATH "", Reviewer, Review;
    ExportCsv: Get EXPORT_CSV_PATH "", Reviewer, Review;
    ExportJson: Get EXPORT_JSON_PATH "", Reviewer, Review;
    ListReviewers: Get REVIEWERS_PATH "", Reviewer, Review;
    GetConsultationSummary: Get REVIEW_CONSULTATIONS_PATH "/{id}", Reviewer, Review;
    GetCluster: Get CLUSTERS_PATH "/{id}", Reviewer, Review;
    ConfirmCluster: Post CLUSTERS_PATH "/{id}/confirm", Reviewer, Review;
    SplitCluster: Post CLUSTERS_PATH "/{id}/split", Reviewer, Review;
    SetClusterRepresentative: Post CLUSTERS_PATH "/{id}/representative", Reviewer, Review;
    AnswerCluster: Post CLUSTERS_PATH "/{id}/answer", Reviewer, Review;
    GetBenefitDashboard: Get BENEFIT_ANALYTICS_PATH "", Reviewer, Review;
    ExportBenefitFigures: Get BENEFIT_ANALYTICS_CSV_PATH "", Reviewer, Review;
    GetFeedbackDashboard: Get FEEDBACK_ANALYTICS_PATH "", Reviewer, Review;
    ExportFeedbackFigures: Get FEEDBACK_ANALYTICS_CSV_PATH "", Reviewer, Review;
    GetValidationDashboard: Get VALIDATION_ANALYTICS_PATH "", Reviewer, Review;
    ExportValidationFigures: Get VALIDATION_ANALYTICS_CSV_PATH "", Reviewer, Review;

    ListUsers: Get USERS_PATH "", Admin, Admin;
    CreateUser: Post USERS_PATH "", Admin, Admin;
    ChangeUser: Patch USERS_PATH "/{id}", Admin, Admin;
    ListAuditLog: Get AUDIT_PATH "", Admin, Admin;
    ListOutbox: Get OUTBOX_PATH "", Admin, Admin;
    CreateConsultation: Post ADMIN_CONSULTATIONS_PATH "", Admin, Admin;
    UpdateConsultation: Put ADMIN_CONSULTATIONS_PATH "/{id}", Admin, Admin;
    CreateSurveyRound: Post ADMIN_SURVEY_ROUNDS_PATH "", Admin, Admin;
    UpdateSurveyRound: Put ADMIN_SURVEY_ROUNDS_PATH "/{id}", Admin, Admin;
    ListAllFieldOffices: Get ADMIN_FIELD_OFFICES_PATH "", Admin, Admin;
    CreateFieldOffice: Post ADMIN_FIELD_OFFICES_PATH "", Admin, Admin;
    UpdateFieldOffice: Patch ADMIN_FIELD_OFFICES_PATH "/{id}", Admin, Admin;
    GetSecurityPolicy: Get SECURITY_POLICY_PATH "", Admin, Admin;
    SetSecurityPolicy: Put SECURITY_POLICY_PATH "", Admin, Admin;
}

impl Operation {
    pub fn route(self) -> &'static Route {
        ROUTES.iter().find(|r| r.operation == self).expect("every operation is in the table")
    }

    /// `GetReceipt` → `getReceipt`.
    pub fn id(self) -> String {
        let name = self.name();
        name[..1].to_ascii_lowercase() + &name[1..]
    }

    /// The address of this operation with `segments` filled in (see [`Route::url`]).
    pub fn url(self, segments: &[&str]) -> String {
        self.route().url(segments)
    }
}

/// A request the table answers.
#[derive(Debug, PartialEq, Eq)]
pub struct Found {
    pub operation: Operation,
    /// The template's `{…}` segments in order, percent-decoded.
    pub segments: Vec<String>,
}

/// A request the table does not answer.
#[derive(Debug, PartialEq, Eq)]
pub enum Miss {
    NotFound,
    /// The path exists but not with this method: the methods it takes, for `Allow`.
    MethodNotAllowed(Vec<Method>),
}

/// The operation `method path` names. `None` as the method is one the API never takes (HEAD
/// is answered as GET by the caller).
pub fn find(method: Option<Method>, path: &str) -> Result<Found, Miss> {
    let mut allowed = Vec::new();
    for route in ROUTES {
        let Some(segments) = route.segments(path) else { continue };
        if Some(route.method) == method {
            return Ok(Found { operation: route.operation, segments });
        }
        allowed.push(route.method);
    }
    if allowed.is_empty() {
        Err(Miss::NotFound)
    } else {
        Err(Miss::MethodNotAllowed(allowed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_find_their_operation_and_decoded_segments() {
        let found = find(Some(Method::Get), "/api/v1/receipts/SP%202026%20ABC").unwrap();
        assert_eq!(found, Found { operation: Operation::GetReceipt, segments: vec!["SP 2026 ABC".into()] });
        let found = find(Some(Method::Post), "/api/v1/receipts/X/follow").unwrap();
        assert_eq!(found.operation, Operation::FollowReceipt);
        let found = find(Some(Method::Get), "/api/v1/review/submissions/A/attachments/f%2Fg").unwrap();
        assert_eq!(found.segments, ["A", "f/g"]);
        assert_eq!(find(Some(Method::Get), "/api/health").unwrap().operation, Operation::GetHealth);
    }

    #[test]
    fn other_paths_are_not_found_and_other_methods_not_allowed() {
        for path in ["/api/v1/receipts/", "/api/v1/receipts", "/api/v1/receipts/a/b", "/api/v1/nope", "/api/healthz"] {
            assert_eq!(find(Some(Method::Get), path), Err(Miss::NotFound), "{path}");
        }
        assert_eq!(find(Some(Method::Post), "/api/v1/review/clusters/4/merge"), Err(Miss::NotFound));
        assert_eq!(
            find(Some(Method::Put), "/api/v1/session"),
            Err(Miss::MethodNotAllowed(vec![Method::Get, Method::Post, Method::Delete]))
        );
        assert_eq!(
            find(None, "/api/v1/review/submissions/X"),
            Err(Miss::MethodNotAllowed(vec![Method::Get, Method::Patch]))
        );
    }

    #[test]
    fn urls_are_built_from_the_template_with_encoded_segments() {
        assert_eq!(Operation::GetReceipt.url(&["SP 2026 ABC"]), "/api/v1/receipts/SP%202026%20ABC");
        assert_eq!(Operation::DownloadBoardAttachment.url(&["7", "a b"]), "/api/v1/board/7/attachments/a%20b");
        assert_eq!(Operation::ListQueue.url(&[]), QUEUE_PATH);
        assert_eq!(Operation::GetReceipt.route().template(), "/api/v1/receipts/{tracking_number}");
        assert_eq!(Operation::SetClusterRepresentative.id(), "setClusterRepresentative");
    }

    #[test]
    fn every_url_the_table_builds_is_found_again() {
        for route in ROUTES {
            let segments: Vec<&str> = route.rest.matches('{').map(|_| "x y/z").collect();
            let found = find(Some(route.method), &route.url(&segments)).expect("found");
            assert_eq!(found.operation, route.operation);
            assert!(found.segments.iter().all(|s| s == "x y/z"));
        }
    }

    #[test]
    fn each_method_and_template_is_in_the_table_once() {
        let mut seen = std::collections::HashSet::new();
        for route in ROUTES {
            assert!(seen.insert((route.method, route.template())), "{route:?} twice");
        }
    }
}
