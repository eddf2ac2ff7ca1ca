//! Small helpers shared by the `store.rs` modules: binding values the way D1 wants them (numbers
//! as JS numbers, absent values as NULL) and reading stored codes back into domain types.

use shared::time::Timestamp;
use wasm_bindgen::JsValue;

use crate::error::AppError;

pub fn text(s: &str) -> JsValue {
    JsValue::from_str(s)
}

/// D1 binds JS numbers: an `i64` beyond ±2^53 would not survive, and none of ours comes close.
pub fn num(n: i64) -> JsValue {
    JsValue::from_f64(n as f64)
}

pub fn opt(s: Option<&str>) -> JsValue {
    s.map(JsValue::from_str).unwrap_or(JsValue::NULL)
}

/// Parses a stored vocabulary code; a code the program does not know is data corruption.
pub fn code<T>(what: &str, value: &str, parse: fn(&str) -> Option<T>) -> Result<T, AppError> {
    parse(value).ok_or_else(|| AppError::internal(format!("stored {what} `{value}` is not a known code")))
}

/// A stored millisecond timestamp as RFC 3339.
pub fn time(ms: f64) -> String {
    Timestamp(ms as i64).to_rfc3339()
}
