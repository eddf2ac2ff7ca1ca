//! The only place the worker reads the clock.

use shared::time::Timestamp;

pub fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as i64)
}
