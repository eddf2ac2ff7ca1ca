//! Generated benefit-survey answers: two rounds (last year's, closed, and this year's, open) and
//! respondents whose answers follow plausible patterns (carriers value FAST lanes, importers
//! fewer exams; the newer round rates a little higher). Deterministic: the same `n` gives the
//! same SQL, and loading twice changes nothing (fixed tracking numbers, `ON CONFLICT`).

use shared::receipt::TrackingNumber;
use shared::survey::{Benefit, Metric};
use shared::taxonomy::{CtpatStatus, EntityType};
use shared::time::Timestamp;

use crate::rng::Rng;

fn lit(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// Who answers: the trade's main entity types, weighted toward importers and carriers.
const ENTITIES: &[EntityType] = &[
    EntityType::UsImporter,
    EntityType::UsImporter,
    EntityType::UsImporter,
    EntityType::HighwayCarrierUsMexico,
    EntityType::HighwayCarrierUsCanada,
    EntityType::CustomsBroker,
    EntityType::SeaCarrier,
    EntityType::ForeignManufacturer,
    EntityType::Consolidator,
    EntityType::ThirdPartyLogistics,
];
const TIERS: &[CtpatStatus] = &[CtpatStatus::TierI, CtpatStatus::TierII, CtpatStatus::TierII, CtpatStatus::TierIII];

/// How much a kind of partner tends to value a benefit (0 = little, 2 = much).
fn affinity(e: EntityType, b: Benefit) -> u64 {
    use Benefit::*;
    let carrier = matches!(
        e,
        EntityType::HighwayCarrierUsMexico | EntityType::HighwayCarrierUsCanada | EntityType::MexicanLongHaulCarrier
    );
    match b {
        FastLanes | ShorterWaits if carrier => 2,
        FewerExams | FrontOfLine | StratifiedExemption if e == EntityType::UsImporter => 2,
        MraRecognition if e == EntityType::ForeignManufacturer || e == EntityType::SeaCarrier => 2,
        AssignedSpecialist | PortalTraining => 1,
        FastLanes => 0,
        _ => 1,
    }
}

/// SQL for the two rounds (ids 1 and 2) relative to `now`, and `n` responses spread over them.
pub fn sql(n: usize, now: Timestamp) -> String {
    let mut out = String::new();
    let year = 365 * 86_400_000_i64;
    for (id, title, opens, closes) in [
        (1, "2025 benefit survey", now.0 - year - 30 * 86_400_000, now.0 - year + 30 * 86_400_000),
        (2, "2026 benefit survey", now.0 - 20 * 86_400_000, now.0 + 40 * 86_400_000),
    ] {
        out.push_str(&format!(
            "INSERT INTO survey_rounds (id, title, opens_at, closes_at, created_at, updated_at) VALUES ({id}, {}, {}, {}, {}, {}) \
             ON CONFLICT DO NOTHING;\n",
            lit(title),
            Timestamp(opens).date_start().0,
            Timestamp(closes).date_start().0,
            now.0,
            now.0
        ));
    }
    let mut rng = Rng::new(0x0005_eed5_u64);
    for i in 0..n {
        let round = if i % 5 < 2 { 1 } else { 2 };
        let entity = *rng.pick(ENTITIES);
        let tier = *rng.pick(TIERS);
        let tc = entity == EntityType::UsImporter && tier != CtpatStatus::TierI && rng.below(3) == 0;
        let tn = TrackingNumber::from_random(rng.next_u64().to_le_bytes());
        let received = if round == 1 { now.0 - year } else { now.0 - 10 * 86_400_000 } + (i as i64 % 1000) * 60_000;
        out.push_str(&format!(
            "INSERT INTO survey_responses (id, round_id, tracking_number, received_at, entity_type, ctpat_status, trade_compliance, request_hash) \
             VALUES ({}, {round}, {}, {received}, {}, {}, {}, 'demo') ON CONFLICT DO NOTHING;\n",
            i + 1,
            lit(tn.as_str()),
            lit(entity.code()),
            lit(tier.code()),
            u8::from(tc),
        ));
        let mut values = Vec::new();
        for b in Benefit::asked(tc) {
            let a = affinity(entity, b);
            let roll = rng.below(10) as u64;
            let used = if roll < 2 + 3 * a {
                "yes"
            } else if roll < 9 {
                "no"
            } else {
                "not_applicable"
            };
            let value = if used == "yes" {
                // 1–5 centred on 2 + affinity, a little higher in the newer round.
                let v = (2 + a + rng.below(3) as u64 + u64::from(round == 2 && rng.below(3) == 0)).clamp(1, 5);
                v.to_string()
            } else {
                "NULL".into()
            };
            let metric = |rng: &mut Rng, m: Metric| -> String {
                if used != "yes" || rng.below(3) == 0 {
                    return "NULL".into();
                }
                match m {
                    Metric::ExamRateChange => format!("-{}", rng.below(6) + a as usize),
                    Metric::HoursSavedPerMonth => ((rng.below(8) + 1) * 5).to_string(),
                    Metric::CostSavedPerYear => ((rng.below(20) + 1) * 2500).to_string(),
                    Metric::WaitSavedPerCrossing => ((rng.below(9) + 1) * 10).to_string(),
                }
            };
            let m: Vec<String> = Metric::ALL.iter().map(|m| metric(&mut rng, *m)).collect();
            values.push(format!(
                "({}, {}, '{used}', {value}, {}, {}, {}, {})",
                i + 1,
                lit(b.code()),
                m[0],
                m[1],
                m[2],
                m[3]
            ));
        }
        out.push_str(&format!(
            "INSERT INTO survey_answers (response_id, benefit, used, value, exam_rate_change, hours_saved, cost_saved, wait_saved) \
             VALUES {} ON CONFLICT DO NOTHING;\n",
            values.join(", ")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_complete() {
        let now = Timestamp(1_795_000_000_000);
        assert_eq!(sql(200, now), sql(200, now));
        let s = sql(200, now);
        assert_eq!(s.matches("INSERT INTO survey_responses").count(), 200);
        assert_eq!(s.matches("INSERT INTO survey_answers").count(), 200);
        assert!(s.contains("'fast_lanes'") && s.contains("'tc_portal'"), "core and Trade Compliance benefits");
    }
}
