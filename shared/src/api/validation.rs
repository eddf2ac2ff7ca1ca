//! Validation experience reports on the wire: the field offices list, the report's receipt and
//! the reviewers' dashboard.

use serde::{Deserialize, Serialize};

use crate::stats::Summary;
use crate::validation::{Measure, Rating};

/// `GET`: active field offices (public, for the form).
pub const FIELD_OFFICES_PATH: &str = "/api/v1/field-offices";
/// `GET` every office, `POST` a new one; `PATCH …/{id}` renames or retires one (admin).
pub const ADMIN_FIELD_OFFICES_PATH: &str = "/api/v1/admin/field-offices";
/// `POST` a report (`Idempotency-Key` as for feedback); `GET …/{tracking number}` its receipt.
pub const VALIDATION_REPORTS_PATH: &str = "/api/v1/validation-reports";
/// `GET ?year=&mode=&entity_type=&field_office=`: the reviewers' dashboard; `.csv` its figures.
pub const VALIDATION_ANALYTICS_PATH: &str = "/api/v1/review/analytics/validations";
pub const VALIDATION_ANALYTICS_CSV_PATH: &str = "/api/v1/review/analytics/validations.csv";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldOffice {
    pub id: i64,
    pub name: String,
    pub active: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct FieldOfficeForm {
    pub name: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct FieldOfficeChange {
    pub name: Option<String>,
    pub active: Option<bool>,
}

/// `201` answer to a report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ValidationReceipt {
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::api::schema::tracking_number))]
    pub tracking_number: String,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub received_at: String,
    /// The tracking number of the standardization proposal, filed as feedback on validations.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::api::schema::tracking_number_or_null))]
    pub proposal_tracking_number: Option<String>,
}

crate::code_enum! {
    /// What a dashboard group is split by.
    pub enum Dimension {
        All = "all",
        FieldOffice = "field_office",
        Mode = "mode",
        EntityType = "entity_type",
        Year = "year",
    }
}

/// The figures of one group of reports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ValidationGroup {
    pub dimension: Dimension,
    /// The group's code: an office id, a mode, an entity type, a year; "all" for everything.
    pub group: String,
    pub reports: u64,
    pub measures: Vec<(Measure, Option<Summary>)>,
    pub ratings: Vec<(Rating, Option<Summary>)>,
}

/// How far apart field offices are on one measure or rating (their medians, or mean ratings),
/// among offices with at least 5 reports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Spread {
    /// A `Measure` or `Rating` code.
    pub figure: String,
    pub lowest_office: i64,
    pub lowest: f64,
    pub highest_office: i64,
    pub highest: f64,
    /// Worth a look: the highest is at least twice the lowest (durations and counts), or a
    /// rating differs by a point or more.
    pub large: bool,
}

/// `GET /api/v1/review/analytics/validations`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ValidationDashboard {
    pub offices: Vec<FieldOffice>,
    pub overall: ValidationGroup,
    pub by_field_office: Vec<ValidationGroup>,
    pub by_mode: Vec<ValidationGroup>,
    pub by_entity_type: Vec<ValidationGroup>,
    pub by_year: Vec<ValidationGroup>,
    pub spreads: Vec<Spread>,
}
