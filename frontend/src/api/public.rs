//! The public pages' client: consultations, uploads, the public board, support, following,
//! withdrawing and reporting. None of these calls needs a session.

use gloo_net::http::{Request, RequestBuilder, Response};
use serde::de::DeserializeOwned;
use serde::Serialize;
use shared::api::public::{
    BoardPage, ConsultationView, FollowForm, Following, PublicItem, ReportForm, ReportReceipt, SupportForm,
    SupportResult, UploadedFile, WithdrawForm,
};
use shared::api::routes::Operation as O;
use shared::api::{ApiError, ReceiptStatus};
use shared::receipt::TrackingNumber;
use shared::url::encode_component;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::{check, decode, failure, Failure};

async fn send(request: RequestBuilder) -> Result<Response, Failure> {
    request.send().await.map_err(|_| Failure::Network)
}

async fn send_json<B: Serialize, T: DeserializeOwned>(request: RequestBuilder, body: &B) -> Result<T, Failure> {
    // The page's language: emails this request sets off are written in it.
    let request = request.header("Accept-Language", crate::i18n::lang().tag());
    let request = request.json(body).map_err(|_| Failure::Server)?;
    decode(request.send().await.map_err(|_| Failure::Network)?).await
}

/// The decoded answer, or `None` for a 404.
async fn found<T: DeserializeOwned>(request: RequestBuilder) -> Result<Option<T>, Failure> {
    let response = send(request).await?;
    if response.status() == 404 {
        return Ok(None);
    }
    decode(response).await.map(Some)
}

/// Every consultation: open, upcoming and closed.
pub async fn consultations() -> Result<Vec<ConsultationView>, Failure> {
    decode(send(Request::get(&O::ListConsultations.url(&[]))).await?).await
}

pub async fn consultation(id: i64) -> Result<Option<ConsultationView>, Failure> {
    found(Request::get(&O::GetConsultation.url(&[&id.to_string()]))).await
}

/// Uploads one file as raw bytes, reporting the percentage sent as it goes. An XHR, not `fetch`:
/// only XHR reports upload progress.
pub async fn upload_attachment(
    file: &web_sys::File,
    on_progress: impl Fn(u32) + 'static,
) -> Result<UploadedFile, Failure> {
    let xhr = web_sys::XmlHttpRequest::new().map_err(|_| Failure::Server)?;
    let url = format!("{}?name={}", O::UploadAttachment.url(&[]), encode_component(&file.name()));
    xhr.open_with_async("POST", &url, true).map_err(|_| Failure::Server)?;
    xhr.set_request_header("Content-Type", "application/octet-stream").map_err(|_| Failure::Server)?;
    let progress = Closure::<dyn FnMut(web_sys::ProgressEvent)>::new(move |ev: web_sys::ProgressEvent| {
        if ev.length_computable() && ev.total() > 0.0 {
            on_progress((ev.loaded() / ev.total() * 100.0).floor().clamp(0.0, 100.0) as u32);
        }
    });
    let upload = xhr.upload().map_err(|_| Failure::Server)?;
    upload.set_onprogress(Some(progress.as_ref().unchecked_ref()));
    // `loadend` follows success, error, abort and timeout alike: one place to resume.
    let finished = js_sys::Promise::new(&mut |resolve, _| xhr.set_onloadend(Some(&resolve)));
    xhr.send_with_opt_blob(Some(file)).map_err(|_| Failure::Network)?;
    let _ = wasm_bindgen_futures::JsFuture::from(finished).await;
    upload.set_onprogress(None);
    drop(progress);

    let status = xhr.status().map_err(|_| Failure::Network)?;
    let body = xhr.response_text().ok().flatten().unwrap_or_default();
    match status {
        0 => Err(Failure::Network),
        200..=299 => serde_json::from_str(&body).map_err(|_| Failure::Server),
        _ => {
            let retry = xhr.get_response_header("Retry-After").ok().flatten().and_then(|v| v.trim().parse().ok());
            Err(failure(status, retry, serde_json::from_str::<ApiError>(&body).ok()))
        }
    }
}

/// Start receiving emails about one's own feedback.
pub async fn follow_receipt(number: &TrackingNumber, form: &FollowForm) -> Result<Following, Failure> {
    send_json(Request::post(&O::FollowReceipt.url(&[number.as_str()])), form).await
}

/// Withdraws the feedback; withdrawing twice is no error. The answer is the new status.
pub async fn withdraw(number: &TrackingNumber) -> Result<ReceiptStatus, Failure> {
    send_json(Request::post(&O::WithdrawSubmission.url(&[number.as_str()])), &WithdrawForm {}).await
}

/// One page of the board; `query` is `BoardQuery::to_pairs` (plus `after`) encoded.
pub async fn board(query: &str) -> Result<BoardPage, Failure> {
    let path = O::ListBoard.url(&[]);
    let path = if query.is_empty() { path } else { format!("{path}?{query}") };
    decode(send(Request::get(&path)).await?).await
}

/// `Ok(None)` when no published item has that number.
pub async fn board_item(id: i64) -> Result<Option<PublicItem>, Failure> {
    found(Request::get(&O::GetBoardItem.url(&[&id.to_string()]))).await
}

/// Where the browser downloads a published attachment (a plain link).
pub fn attachment_href(item: i64, attachment: &str) -> String {
    O::DownloadBoardAttachment.url(&[&item.to_string(), attachment])
}

pub async fn support(item: i64, form: &SupportForm) -> Result<SupportResult, Failure> {
    send_json(Request::post(&O::SupportBoardItem.url(&[&item.to_string()])), form).await
}

pub async fn follow_item(item: i64, form: &FollowForm) -> Result<Following, Failure> {
    send_json(Request::post(&O::FollowBoardItem.url(&[&item.to_string()])), form).await
}

/// Stops the emails of one follow. An unknown token is done too: nothing will be sent to it.
pub async fn unfollow(token: &str) -> Result<(), Failure> {
    let response = send(Request::delete(&O::Unfollow.url(&[token]))).await?;
    if response.status() == 404 {
        return Ok(());
    }
    check(response).await.map(|_| ())
}

pub async fn report(form: &ReportForm) -> Result<ReportReceipt, Failure> {
    send_json(Request::post(&O::ReportSubmission.url(&[])), form).await
}
