//! Near-duplicate clusters on the wire: the reviewers' cluster view and its actions.

use serde::{Deserialize, Serialize};

use super::public::EntityCount;
use crate::status::Status;
use crate::taxonomy::EntityType;

/// `GET CLUSTERS_PATH/{id}`; `POST …/{id}/confirm`, `…/{id}/split`, `…/{id}/representative`,
/// `…/{id}/answer`.
pub const CLUSTERS_PATH: &str = "/api/v1/review/clusters";
/// At most this many members are listed in a cluster view (the counts cover all of them).
pub const CLUSTER_MEMBERS_SHOWN: usize = 200;

/// A burst of near-identical submissions looks like an organised campaign: ten or more, or five
/// or more within a day.
pub fn likely_campaign(size: u64, first_at_ms: i64, last_at_ms: i64) -> bool {
    size >= 10 || (size >= 5 && last_at_ms - first_at_ms <= 24 * 60 * 60 * 1000)
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClusterMember {
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::api::schema::tracking_number))]
    pub tracking_number: String,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub received_at: String,
    pub entity_type: EntityType,
    pub status: Status,
    pub title: String,
    pub feedback: String,
    pub recommendation: Option<String>,
}

/// `GET /api/v1/review/clusters/{id}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClusterView {
    pub id: i64,
    pub size: u64,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub first_at: String,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub last_at: String,
    pub likely_campaign: bool,
    /// A reviewer confirmed these are one campaign.
    pub confirmed: bool,
    pub representative: ClusterMember,
    /// The other members, oldest first (at most `CLUSTER_MEMBERS_SHOWN`).
    pub members: Vec<ClusterMember>,
    pub entity_types: Vec<EntityCount>,
}

/// `POST …/{id}/split`: these members leave the cluster, each on its own.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct ClusterSplit {
    pub tracking_numbers: Vec<String>,
}

/// `POST …/{id}/representative`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct ClusterRepresentative {
    pub tracking_number: String,
}

/// `POST …/{id}/answer`: one status and one public response for every member.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct ClusterAnswer {
    pub status: Option<Status>,
    pub public_response: Option<String>,
}

/// The outcome of a cluster answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClusterAnswered {
    pub updated: u64,
    /// Members the workflow did not allow to move (withdrawn ones, say), with why.
    pub skipped: Vec<super::FieldMessage>,
}
