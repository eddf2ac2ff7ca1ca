//! Generated validation experience reports: CBP field offices and reports whose figures differ by
//! office the way a reviewer would want to notice (one office slow to report, one with low
//! ratings). Deterministic and idempotent (fixed ids, `ON CONFLICT DO NOTHING`).

use shared::receipt::TrackingNumber;
use shared::taxonomy::{CtpatStatus, EntityType};
use shared::time::Timestamp;

use crate::rng::Rng;

pub const OFFICES: &[&str] = &[
    "Laredo Field Office",
    "El Paso Field Office",
    "Buffalo Field Office",
    "Detroit Field Office",
    "Houston Field Office",
    "Los Angeles Field Office",
    "Miami Field Office",
    "New York Field Office",
];

const ENTITIES: &[EntityType] = &[
    EntityType::UsImporter,
    EntityType::HighwayCarrierUsMexico,
    EntityType::HighwayCarrierUsCanada,
    EntityType::ForeignManufacturer,
    EntityType::CustomsBroker,
    EntityType::SeaCarrier,
];

/// SQL for the offices (ids 1..) and `n` reports over the last three years before `now`.
pub fn sql(n: usize, now: Timestamp) -> String {
    let mut out = String::new();
    for (i, name) in OFFICES.iter().enumerate() {
        out.push_str(&format!(
            "INSERT INTO field_offices (id, name, created_at) VALUES ({}, '{name}', {}) ON CONFLICT DO NOTHING;\n",
            i + 1,
            now.0
        ));
    }
    let mut rng = Rng::new(0x0000_7a11_da7e);
    let this_year = now.civil().year;
    for i in 0..n {
        let office = rng.below(OFFICES.len()) + 1;
        // Office 3 takes much longer to send reports; office 6 is rated lower.
        let slow = office == 3;
        let harsh = office == 6;
        let year = this_year - rng.below(3) as i64;
        let month = rng.below(if year == this_year { now.civil().month as usize } else { 12 }) + 1;
        let revalidation = rng.below(3) > 0;
        let mode = ["in_person", "virtual", "hybrid"][rng.below(3)];
        let entity = *rng.pick(ENTITIES);
        let tier = [CtpatStatus::TierII, CtpatStatus::TierIII][rng.below(2)];
        let weeks = if slow { 18 + rng.below(14) } else { 5 + rng.below(8) };
        let rate = |rng: &mut Rng| if harsh { 1 + rng.below(3) } else { 3 + rng.below(3) };
        let (clarity, criteria, useful) = (rate(&mut rng), rate(&mut rng), rate(&mut rng));
        let earlier = if revalidation { rate(&mut rng).to_string() } else { "NULL".into() };
        let tn = TrackingNumber::from_random(rng.next_u64().to_le_bytes());
        out.push_str(&format!(
            "INSERT INTO validation_reports (id, tracking_number, received_at, year, month, kind, entity_type, ctpat_status, mode, \
             field_office_id, days_notice_to_visit, days_on_site, weeks_to_report, recommendations, required_actions, clarity, \
             consistency_with_criteria, consistency_with_earlier, usefulness, request_hash) VALUES ({}, '{}', {}, {year}, {month}, \
             '{}', '{}', '{}', '{mode}', {office}, {}, {}, {weeks}, {}, {}, {clarity}, {criteria}, {earlier}, {useful}, 'demo') \
             ON CONFLICT DO NOTHING;\n",
            i + 1,
            tn.as_str(),
            now.0 - (i as i64 % 900) * 86_400_000,
            if revalidation { "revalidation" } else { "validation" },
            entity.code(),
            tier.code(),
            14 + rng.below(45),
            1 + rng.below(3),
            rng.below(8),
            rng.below(3),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic() {
        let now = Timestamp(1_795_000_000_000);
        assert_eq!(sql(50, now), sql(50, now));
        assert_eq!(sql(50, now).matches("INSERT INTO validation_reports").count(), 50);
    }
}
