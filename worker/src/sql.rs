//! Small helpers shared by the `store.rs` modules: binding values the way D1 wants them (numbers
//! as JS numbers, absent values as NULL), `WHERE` clauses of fixed fragments, running a statement
//! and reading its rows, and reading stored codes back into domain types.

use serde::de::DeserializeOwned;
use serde::Deserialize;
use shared::api::public::EntityCount;
use shared::taxonomy::EntityType;
use shared::time::Timestamp;
use wasm_bindgen::JsValue;
use worker::D1PreparedStatement;

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

/// `?from, ?from+1, …`: `n` numbered parameters, for an `IN (…)` list bound after `from - 1`
/// others.
pub fn placeholders(from: usize, n: usize) -> String {
    (from..from + n).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ")
}

/// What a keyset condition after a cursor binds, `(k < ? OR (k = ? AND (… OR (t = ? AND id < ?))))`:
/// each sort key twice (for its `<` and its `=`), in order, then the id once.
pub fn keyset(keys: &[i64], id: i64) -> Vec<JsValue> {
    keys.iter().flat_map(|k| [num(*k), num(*k)]).chain([num(id)]).collect()
}

/// A `WHERE` clause assembled only from fixed fragments, each pushed together with the values
/// it binds, so the `?`s and the values cannot get out of order. Nothing the user chose is ever
/// part of the SQL text.
#[derive(Default)]
pub struct Conditions {
    fragments: Vec<&'static str>,
    params: Vec<JsValue>,
}

impl Conditions {
    /// A condition that binds nothing.
    pub fn add(&mut self, fragment: &'static str) {
        self.fragments.push(fragment);
    }

    /// A condition and the values of its `?`s.
    pub fn bind(&mut self, fragment: &'static str, values: impl IntoIterator<Item = JsValue>) {
        self.fragments.push(fragment);
        self.params.extend(values);
    }

    /// A one-value condition, present only when the filter is set.
    pub fn bind_some(&mut self, fragment: &'static str, value: Option<JsValue>) {
        if let Some(value) = value {
            self.bind(fragment, [value]);
        }
    }

    /// The conditions joined with `AND`, and their values in the same order.
    pub fn finish(self) -> (String, Vec<JsValue>) {
        (self.fragments.join(" AND "), self.params)
    }
}

/// Running a prepared statement and reading what it answers, with D1's errors as `AppError`.
pub trait Run {
    /// Every row, each read as `T`.
    async fn rows<T: DeserializeOwned>(&self) -> Result<Vec<T>, AppError>;

    /// The first row, if there is one.
    async fn row<T: DeserializeOwned>(&self) -> Result<Option<T>, AppError>;

    /// Runs a write: true when it changed at least one row (a conditional update or an
    /// `ON CONFLICT DO NOTHING` insert tells this way whether it took effect).
    async fn changed(&self) -> Result<bool, AppError>;

    /// The `id` of an `INSERT … RETURNING id`; `None` when nothing was inserted.
    async fn returned_id(&self) -> Result<Option<i64>, AppError> {
        #[derive(Deserialize)]
        struct Id {
            id: f64,
        }
        Ok(self.row::<Id>().await?.map(|r| r.id as i64))
    }

    /// The `n` of a `SELECT COUNT(*) AS n`.
    async fn count(&self) -> Result<u64, AppError> {
        #[derive(Deserialize)]
        struct N {
            n: f64,
        }
        Ok(self.row::<N>().await?.map_or(0, |r| r.n as u64))
    }
}

impl Run for D1PreparedStatement {
    async fn rows<T: DeserializeOwned>(&self) -> Result<Vec<T>, AppError> {
        Ok(self.all().await?.results::<T>()?)
    }

    async fn row<T: DeserializeOwned>(&self) -> Result<Option<T>, AppError> {
        Ok(self.first::<T>(None).await?)
    }

    async fn changed(&self) -> Result<bool, AppError> {
        Ok(self.run().await?.meta()?.and_then(|m| m.changes).unwrap_or(0) > 0)
    }
}

/// One row of `SELECT entity_type, COUNT(*) AS n … GROUP BY entity_type`.
#[derive(Deserialize)]
pub struct EntityTypeCount {
    entity_type: String,
    n: f64,
}

/// The answer of `SELECT entity_type, COUNT(*) AS n … GROUP BY entity_type` as counts.
pub async fn counts_by_entity_type(statement: &D1PreparedStatement) -> Result<Vec<EntityCount>, AppError> {
    entity_counts(statement.rows::<EntityTypeCount>().await?)
}

/// Those rows as counts, however they were read (alone, or as one result of a batch).
pub fn entity_counts(rows: Vec<EntityTypeCount>) -> Result<Vec<EntityCount>, AppError> {
    rows.into_iter()
        .map(|r| {
            Ok(EntityCount {
                entity_type: code("entity_type", &r.entity_type, EntityType::from_code)?,
                count: r.n as u32,
            })
        })
        .collect()
}

/// Parses a stored vocabulary code; a code the program does not know is data corruption.
pub fn code<T>(what: &str, value: &str, parse: fn(&str) -> Option<T>) -> Result<T, AppError> {
    parse(value).ok_or_else(|| AppError::internal(format!("stored {what} `{value}` is not a known code")))
}

/// A stored millisecond timestamp as RFC 3339.
pub fn time(ms: f64) -> String {
    Timestamp(ms as i64).to_rfc3339()
}
