//! One error type for every handler. Client errors carry the shared `ApiError` shape; internal
//! errors are logged in full and answered with a message that reveals nothing.

use shared::api::{ApiError, ErrorCode};
use worker::{console_error, Method, Response};

#[derive(Debug)]
pub enum AppError {
    /// Something the client can fix, with extra headers such as `Retry-After` or `Allow`.
    Client { error: ApiError, headers: Vec<(&'static str, String)> },
    /// A bug or an outage. The detail goes to the log only.
    Internal(String),
}

impl AppError {
    pub fn client(code: ErrorCode, message: impl Into<String>) -> Self {
        AppError::Client { error: ApiError::new(code, message), headers: Vec::new() }
    }

    pub fn with_header(self, name: &'static str, value: String) -> Self {
        match self {
            AppError::Client { error, mut headers } => {
                headers.push((name, value));
                AppError::Client { error, headers }
            }
            internal => internal,
        }
    }

    pub fn internal(detail: impl Into<String>) -> Self {
        AppError::Internal(detail.into())
    }

    pub fn into_response(self, method: &Method, path: &str) -> worker::Result<Response> {
        let (error, headers) = match self {
            AppError::Client { error, headers } => (error, headers),
            AppError::Internal(detail) => {
                // Logged with the route so an operator can find it; the client learns nothing.
                console_error!("internal error on {} {}: {}", method, path, detail);
                (
                    ApiError::new(
                        ErrorCode::Internal,
                        "Something went wrong on our side. Nothing was changed; please try again.",
                    ),
                    Vec::new(),
                )
            }
        };
        let mut response = Response::from_json(&error)?.with_status(error.code.http_status());
        for (name, value) in headers {
            response.headers_mut().set(name, &value)?;
        }
        Ok(response)
    }
}

impl From<worker::Error> for AppError {
    fn from(e: worker::Error) -> Self {
        AppError::Internal(e.to_string())
    }
}

impl From<ApiError> for AppError {
    fn from(error: ApiError) -> Self {
        AppError::Client { error, headers: Vec::new() }
    }
}
