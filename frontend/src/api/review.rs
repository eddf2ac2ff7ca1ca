//! The reviewer workspace's client. "Signed in" is a type: the reviewer endpoints are methods of
//! [`Reviewer`], which only [`current_session`], [`sign_in`] and [`second_factor`] make, and the
//! admin endpoints are methods of [`Admin`], which only a reviewer with the admin role yields. A
//! page cannot call them without a session in hand. The session itself is an HttpOnly cookie the
//! browser sends; the app never sees or stores a token.

use gloo_net::http::{Request, RequestBuilder};
use serde::de::DeserializeOwned;
use serde::Serialize;
use shared::api::public::ConsultationView;
use shared::api::review::{
    AuditPage, BulkResult, BulkUpdate, ConsultationSummary, NewNote, NewUser, Note, OutboxEntry, PublicationForm,
    QueuePage, SessionView, SignIn, SubmissionDetail, SubmissionUpdate, UserAccount, UserChange, UserRef,
};
use shared::api::routes::Operation as O;
use shared::consultation::ConsultationForm;
use shared::receipt::TrackingNumber;
use shared::workflow::Role;

use super::{check, decode, Failure};

pub(super) async fn send<T: DeserializeOwned>(request: RequestBuilder) -> Result<T, Failure> {
    decode(request.send().await.map_err(|_| Failure::Network)?).await
}

pub(super) async fn send_json<B: Serialize, T: DeserializeOwned>(
    request: RequestBuilder,
    body: &B,
) -> Result<T, Failure> {
    let request = request.json(body).map_err(|_| Failure::Server)?;
    decode(request.send().await.map_err(|_| Failure::Network)?).await
}

/// `path?query`, or `path` alone when there is no query.
fn with_query(path: &str, query: &str) -> String {
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

/// Where the browser downloads an export of the queue under these filters (a plain link: the
/// browser sends the session cookie with it).
pub fn export_href(path: &str, query: &str) -> String {
    with_query(path, query)
}

/// Where the browser downloads one attachment of a submission (a plain link: the browser sends
/// the session cookie, and the worker answers `Content-Disposition: attachment`).
pub fn attachment_href(number: &str, attachment_id: &str) -> String {
    O::DownloadAttachment.url(&[number, attachment_id])
}

/// The request that makes a new item (`POST` to `create`, `id: None`) or replaces item `id`
/// (`PUT` to `update`): the admins' editors save both ways through one form.
fn create_or_update(id: Option<i64>, create: O, update: O) -> RequestBuilder {
    match id {
        Some(id) => Request::put(&update.url(&[&id.to_string()])),
        None => Request::post(&create.url(&[])),
    }
}

fn publication_path(number: &TrackingNumber) -> String {
    O::PublishSubmission.url(&[number.as_str()])
}

/// Who is signed in, if anyone: `Err(Failure::Unauthorized)` when no one is.
pub async fn current_session() -> Result<Reviewer, Failure> {
    send(Request::get(&O::GetSession.url(&[]))).await.map(Reviewer)
}

/// What a correct password leads to.
#[derive(Clone, Debug, PartialEq)]
pub enum SignInStep {
    SignedIn(Reviewer),
    /// The account has two-step verification: a code must follow ([`second_factor`]) within
    /// `expires_in` seconds. The server holds the pending sign-in in a cookie of its own.
    SecondFactorNeeded {
        expires_in: u32,
    },
}

/// The first step: email and password. A `202` asks for a code; a `200` has signed in.
pub async fn sign_in(form: &SignIn) -> Result<SignInStep, Failure> {
    let request = Request::post(&O::SignIn.url(&[])).json(form).map_err(|_| Failure::Server)?;
    let response = request.send().await.map_err(|_| Failure::Network)?;
    if response.status() == 202 {
        let challenge: shared::api::mfa::SecondFactorChallenge = decode(response).await?;
        return Ok(SignInStep::SecondFactorNeeded { expires_in: challenge.expires_in });
    }
    decode(response).await.map(|session| SignInStep::SignedIn(Reviewer(session)))
}

/// The second step: a code from the authenticator app or a recovery code. Any `401` here means
/// the pending sign-in is over (it timed out, or too many wrong codes): `Failure::Unauthorized`,
/// and the person starts again with the password. A wrong code is a `400` on the field `code`.
pub async fn second_factor(code: &str) -> Result<Reviewer, Failure> {
    let form = shared::api::mfa::CodeForm { code: code.to_owned() };
    let request = Request::post(&O::CompleteSignIn.url(&[])).json(&form).map_err(|_| Failure::Server)?;
    let response = request.send().await.map_err(|_| Failure::Network)?;
    if response.status() == 401 {
        return Err(Failure::Unauthorized);
    }
    decode(response).await.map(Reviewer)
}

/// A signed-in reviewer (or admin).
#[derive(Clone, Debug, PartialEq)]
pub struct Reviewer(SessionView);

impl Reviewer {
    pub fn session(&self) -> &SessionView {
        &self.0
    }

    /// The admin endpoints, when this reviewer has the admin role. The server checks again.
    pub fn admin(&self) -> Option<Admin> {
        (self.0.role == Role::Admin).then(|| Admin(self.clone()))
    }

    pub async fn sign_out(&self) -> Result<(), Failure> {
        check(Request::delete(&O::SignOut.url(&[])).send().await.map_err(|_| Failure::Network)?).await.map(|_| ())
    }

    /// One page of the queue; `query` is `QueueQuery::to_pairs` (plus `after`) encoded.
    pub async fn queue(&self, query: &str) -> Result<QueuePage, Failure> {
        send(Request::get(&with_query(&O::ListQueue.url(&[]), query))).await
    }

    /// `Ok(None)` when no submission has that number.
    pub async fn submission(&self, number: &TrackingNumber) -> Result<Option<SubmissionDetail>, Failure> {
        let response =
            Request::get(&O::GetSubmission.url(&[number.as_str()])).send().await.map_err(|_| Failure::Network)?;
        if response.status() == 404 {
            return Ok(None);
        }
        decode(response).await.map(Some)
    }

    pub async fn update(
        &self,
        number: &TrackingNumber,
        change: &SubmissionUpdate,
    ) -> Result<SubmissionDetail, Failure> {
        send_json(Request::patch(&O::UpdateSubmission.url(&[number.as_str()])), change).await
    }

    pub async fn add_note(&self, number: &TrackingNumber, note: &NewNote) -> Result<Note, Failure> {
        send_json(Request::post(&O::AddNote.url(&[number.as_str()])), note).await
    }

    pub async fn bulk(&self, update: &BulkUpdate) -> Result<BulkResult, Failure> {
        send_json(Request::post(&O::BulkUpdate.url(&[])), update).await
    }

    /// Active accounts, for the assignee choices.
    pub async fn reviewers(&self) -> Result<Vec<UserRef>, Failure> {
        send(Request::get(&O::ListReviewers.url(&[]))).await
    }

    /// Publishes the public version of a submission, or replaces the one on the board.
    pub async fn publish(&self, number: &TrackingNumber, form: &PublicationForm) -> Result<SubmissionDetail, Failure> {
        send_json(Request::put(&publication_path(number)), form).await
    }

    /// Takes the public version off the board.
    pub async fn unpublish(&self, number: &TrackingNumber) -> Result<SubmissionDetail, Failure> {
        send(Request::delete(&publication_path(number))).await
    }

    /// Every consultation, in every phase (the public list).
    pub async fn consultations(&self) -> Result<Vec<ConsultationView>, Failure> {
        send(Request::get(&O::ListConsultations.url(&[]))).await
    }

    /// `Ok(None)` when no consultation has that id.
    pub async fn consultation_summary(&self, id: i64) -> Result<Option<ConsultationSummary>, Failure> {
        let response = Request::get(&O::GetConsultationSummary.url(&[&id.to_string()]))
            .send()
            .await
            .map_err(|_| Failure::Network)?;
        if response.status() == 404 {
            return Ok(None);
        }
        decode(response).await.map(Some)
    }

    // Near-identical submissions (clusters). Paths spelled out, as in `Admin`, so this block
    // stays apart from the imports other pages' calls change.
    /// `Ok(None)` when no cluster has that id.
    pub async fn cluster(&self, id: i64) -> Result<Option<shared::api::clusters::ClusterView>, Failure> {
        let response =
            Request::get(&O::GetCluster.url(&[&id.to_string()])).send().await.map_err(|_| Failure::Network)?;
        if response.status() == 404 {
            return Ok(None);
        }
        decode(response).await.map(Some)
    }

    /// Marks the cluster as one campaign.
    pub async fn confirm_cluster(&self, id: i64) -> Result<shared::api::clusters::ClusterView, Failure> {
        let path = O::ConfirmCluster.url(&[&id.to_string()]);
        send_json(Request::post(&path), &serde_json::json!({})).await
    }

    /// Takes these members out of the cluster; answers with what remains of it.
    pub async fn split_cluster(
        &self,
        id: i64,
        split: &shared::api::clusters::ClusterSplit,
    ) -> Result<shared::api::clusters::ClusterView, Failure> {
        send_json(Request::post(&O::SplitCluster.url(&[&id.to_string()])), split).await
    }

    pub async fn set_cluster_representative(
        &self,
        id: i64,
        choice: &shared::api::clusters::ClusterRepresentative,
    ) -> Result<shared::api::clusters::ClusterView, Failure> {
        let path = O::SetClusterRepresentative.url(&[&id.to_string()]);
        send_json(Request::post(&path), choice).await
    }

    /// One status and one public response for every member.
    pub async fn answer_cluster(
        &self,
        id: i64,
        answer: &shared::api::clusters::ClusterAnswer,
    ) -> Result<shared::api::clusters::ClusterAnswered, Failure> {
        send_json(Request::post(&O::AnswerCluster.url(&[&id.to_string()])), answer).await
    }
}

/// A signed-in admin.
#[derive(Clone, Debug, PartialEq)]
pub struct Admin(Reviewer);

impl Admin {
    pub async fn users(&self) -> Result<Vec<UserAccount>, Failure> {
        send(Request::get(&O::ListUsers.url(&[]))).await
    }

    pub async fn add_user(&self, user: &NewUser) -> Result<UserAccount, Failure> {
        send_json(Request::post(&O::CreateUser.url(&[])), user).await
    }

    pub async fn change_user(&self, id: i64, change: &UserChange) -> Result<UserAccount, Failure> {
        send_json(Request::patch(&O::ChangeUser.url(&[&id.to_string()])), change).await
    }

    /// Opens a consultation (`id: None`) or changes the one with `id`.
    pub async fn save_consultation(
        &self,
        id: Option<i64>,
        form: &ConsultationForm,
    ) -> Result<ConsultationView, Failure> {
        send_json(create_or_update(id, O::CreateConsultation, O::UpdateConsultation), form).await
    }

    /// The newest notification emails (at most 200).
    pub async fn outbox(&self) -> Result<Vec<OutboxEntry>, Failure> {
        send(Request::get(&O::ListOutbox.url(&[]))).await
    }

    /// `query` holds `actor`, `action` and `after`, encoded.
    pub async fn audit(&self, query: &str) -> Result<AuditPage, Failure> {
        send(Request::get(&with_query(&O::ListAuditLog.url(&[]), query))).await
    }

    // Survey rounds (the list itself is public: `api::survey::rounds`). Paths spelled out here so
    // this block stays apart from the imports other pages' calls change.
    /// Opens a round (`id: None`) or changes the one with `id`.
    pub async fn save_survey_round(
        &self,
        id: Option<i64>,
        form: &shared::api::analytics::SurveyRoundForm,
    ) -> Result<shared::api::analytics::SurveyRound, Failure> {
        send_json(create_or_update(id, O::CreateSurveyRound, O::UpdateSurveyRound), form).await
    }

    // CBP field offices (the active ones are public: `api::validation::field_offices`). Paths
    // spelled out, as above, so this block stays apart from the imports.
    /// Every office, retired ones included, by name.
    pub async fn field_offices(&self) -> Result<Vec<shared::api::validation::FieldOffice>, Failure> {
        send(Request::get(&O::ListAllFieldOffices.url(&[]))).await
    }

    pub async fn add_field_office(
        &self,
        form: &shared::api::validation::FieldOfficeForm,
    ) -> Result<shared::api::validation::FieldOffice, Failure> {
        send_json(Request::post(&O::CreateFieldOffice.url(&[])), form).await
    }

    /// Renames, retires (`active: false`) or restores an office.
    pub async fn change_field_office(
        &self,
        id: i64,
        change: &shared::api::validation::FieldOfficeChange,
    ) -> Result<shared::api::validation::FieldOffice, Failure> {
        send_json(Request::patch(&O::UpdateFieldOffice.url(&[&id.to_string()])), change).await
    }
}
