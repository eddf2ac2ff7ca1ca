//! The dashboards' figures, computed from plain rows: counts of answers per (round, benefit,
//! entity type, tier, usage, value) and of numeric answers per distinct value, as D1's
//! trigger-kept tables hold them. Tested natively against hand-computed cases.

use std::collections::BTreeMap;

use crate::api::analytics::{
    AnalyticsQuery, BenefitDashboard, BenefitFigures, GroupFigures, Interval, MetricFigures, PublicBenefitRow,
    PublicBenefitSummary, PublicCell, RoundChange, SurveyRound,
};
use crate::stats::{mean, median, share_ci95, summarize, suppressed};
use crate::survey::{Benefit, Metric, Usage};
use crate::taxonomy::{CtpatStatus, EntityType};

/// Answers about one benefit with the same usage and value, from one kind of respondent.
#[derive(Clone, Debug, PartialEq)]
pub struct RatingRow {
    pub round: i64,
    pub benefit: Benefit,
    pub entity_type: EntityType,
    pub tier: CtpatStatus,
    pub used: Usage,
    pub value: Option<u8>,
    pub n: u64,
}

/// Numeric answers about one benefit with the same value.
#[derive(Clone, Debug, PartialEq)]
pub struct MetricRow {
    pub round: i64,
    pub benefit: Benefit,
    pub entity_type: EntityType,
    pub tier: CtpatStatus,
    pub metric: Metric,
    pub value: f64,
    pub n: u64,
}

/// Respondents of one kind in one round.
#[derive(Clone, Debug, PartialEq)]
pub struct RespondentRow {
    pub round: i64,
    pub entity_type: EntityType,
    pub tier: CtpatStatus,
    pub n: u64,
}

/// Which filters of the query apply (a breakdown by entity type ignores the entity type filter).
#[derive(Clone, Copy)]
struct Scope {
    round: bool,
    entity_type: bool,
    tier: bool,
}

const ALL_FILTERS: Scope = Scope { round: true, entity_type: true, tier: true };

fn keep(q: &AnalyticsQuery, s: Scope, round: i64, e: EntityType, t: CtpatStatus) -> bool {
    (!s.round || q.round.is_none_or(|r| r == round))
        && (!s.entity_type || q.entity_type.is_none_or(|x| x == e))
        && (!s.tier || q.tier.is_none_or(|x| x == t))
}

/// Usage counts and the 1–5 ratings of a set of rows.
#[derive(Default)]
struct Tally {
    used: u64,
    not_used: u64,
    not_applicable: u64,
    values: BTreeMap<u8, u64>,
}

impl Tally {
    fn add(&mut self, r: &RatingRow) {
        match r.used {
            Usage::Yes => self.used += r.n,
            Usage::No => self.not_used += r.n,
            Usage::NotApplicable => self.not_applicable += r.n,
        }
        if let Some(v) = r.value {
            *self.values.entry(v).or_default() += r.n;
        }
    }
    fn responses(&self) -> u64 {
        self.used + self.not_used + self.not_applicable
    }
    fn share(&self) -> Option<f64> {
        let applies = self.used + self.not_used;
        (applies > 0).then(|| self.used as f64 / applies as f64)
    }
    fn weighted(&self) -> Vec<(f64, u64)> {
        self.values.iter().map(|(v, n)| (f64::from(*v), *n)).collect()
    }
}

fn tally<'a>(rows: impl Iterator<Item = &'a RatingRow>) -> Tally {
    let mut t = Tally::default();
    rows.for_each(|r| t.add(r));
    t
}

fn group_figures(benefit: Benefit, group: String, t: &Tally) -> GroupFigures {
    let w = t.weighted();
    GroupFigures {
        benefit,
        group,
        responses: t.responses(),
        share_used: t.share(),
        mean_value: mean(&w),
        median_value: median(&w),
    }
}

/// The benefits with any answer, in `Benefit::ALL` order (the core ten always).
fn benefits_present(ratings: &[RatingRow]) -> Vec<Benefit> {
    Benefit::ALL
        .iter()
        .copied()
        .filter(|b| !b.is_trade_compliance() || ratings.iter().any(|r| r.benefit == *b))
        .collect()
}

fn breakdown<K: Ord + Copy>(
    q: &AnalyticsQuery,
    ratings: &[RatingRow],
    scope: Scope,
    key: fn(&RatingRow) -> K,
    code: fn(K) -> String,
) -> Vec<GroupFigures> {
    let mut groups: BTreeMap<(Benefit, K), Tally> = BTreeMap::new();
    for r in ratings.iter().filter(|r| keep(q, scope, r.round, r.entity_type, r.tier)) {
        groups.entry((r.benefit, key(r))).or_default().add(r);
    }
    groups.iter().map(|((b, k), t)| group_figures(*b, code(*k), t)).collect()
}

pub fn benefit_dashboard(
    q: &AnalyticsQuery,
    rounds: Vec<SurveyRound>,
    ratings: &[RatingRow],
    metrics: &[MetricRow],
    respondents: &[RespondentRow],
) -> BenefitDashboard {
    let rows = || ratings.iter().filter(|r| keep(q, ALL_FILTERS, r.round, r.entity_type, r.tier));
    let benefits = benefits_present(ratings)
        .into_iter()
        .map(|b| {
            let t = tally(rows().filter(|r| r.benefit == b));
            let metrics = Metric::ALL
                .iter()
                .map(|m| {
                    let w: Vec<(f64, u64)> = metrics
                        .iter()
                        .filter(|x| {
                            x.benefit == b && x.metric == *m && keep(q, ALL_FILTERS, x.round, x.entity_type, x.tier)
                        })
                        .map(|x| (x.value, x.n))
                        .collect();
                    MetricFigures { metric: *m, summary: summarize(&w) }
                })
                .collect();
            BenefitFigures {
                benefit: b,
                responses: t.responses(),
                used: t.used,
                not_used: t.not_used,
                not_applicable: t.not_applicable,
                share_used: t.share(),
                share_interval: share_ci95(t.used, t.used + t.not_used).map(|(low, high)| Interval { low, high }),
                value: summarize(&t.weighted()),
                metrics,
            }
        })
        .collect();
    let by_round = breakdown(q, ratings, Scope { round: false, ..ALL_FILTERS }, |r| r.round, |k| k.to_string());
    // Changes between consecutive rounds, in the order the rounds opened.
    let mut order: Vec<&SurveyRound> = rounds.iter().collect();
    order.sort_by(|a, b| a.opens_on.cmp(&b.opens_on).then(a.id.cmp(&b.id)));
    let mut round_changes = Vec::new();
    for pair in order.windows(2) {
        for b in Benefit::ALL {
            let find = |r: i64| by_round.iter().find(|g| g.benefit == *b && g.group == r.to_string());
            if let (Some(from), Some(to)) = (find(pair[0].id), find(pair[1].id)) {
                round_changes.push(RoundChange {
                    benefit: *b,
                    from_round: pair[0].id,
                    to_round: pair[1].id,
                    share_used_change: to.share_used.zip(from.share_used).map(|(a, b)| a - b),
                    mean_value_change: to.mean_value.zip(from.mean_value).map(|(a, b)| a - b),
                });
            }
        }
    }
    BenefitDashboard {
        respondents: respondents
            .iter()
            .filter(|r| keep(q, ALL_FILTERS, r.round, r.entity_type, r.tier))
            .map(|r| r.n)
            .sum(),
        rounds,
        benefits,
        by_entity_type: breakdown(
            q,
            ratings,
            Scope { entity_type: false, ..ALL_FILTERS },
            |r| r.entity_type,
            |k| k.code().to_owned(),
        ),
        by_tier: breakdown(q, ratings, Scope { tier: false, ..ALL_FILTERS }, |r| r.tier, |k| k.code().to_owned()),
        by_round,
        round_changes,
    }
}

/// A cell for a public page: withheld entirely below the threshold.
fn public_cell(t: &Tally) -> PublicCell {
    let n = t.responses();
    if suppressed(n) {
        return PublicCell {
            responses: None,
            share_used: None,
            mean_value: None,
            median_value: None,
            suppressed: true,
        };
    }
    let w = t.weighted();
    // A mean of fewer than five ratings could still single someone out.
    let rated: u64 = w.iter().map(|(_, c)| c).sum();
    let (mean_value, median_value) = if suppressed(rated) { (None, None) } else { (mean(&w), median(&w)) };
    let applies = t.used + t.not_used;
    PublicCell {
        responses: Some(n),
        share_used: if suppressed(applies) { None } else { t.share() },
        mean_value,
        median_value,
        suppressed: false,
    }
}

/// The public summary of one round (or all): every cell with fewer than five responses withheld.
pub fn public_summary(
    rounds: Vec<SurveyRound>,
    round: Option<i64>,
    ratings: &[RatingRow],
    respondents: &[RespondentRow],
) -> PublicBenefitSummary {
    let q = AnalyticsQuery { round, ..AnalyticsQuery::default() };
    let rows = || ratings.iter().filter(|r| keep(&q, ALL_FILTERS, r.round, r.entity_type, r.tier));
    let total: u64 = respondents.iter().filter(|r| round.is_none_or(|x| x == r.round)).map(|r| r.n).sum();
    let benefits = benefits_present(ratings)
        .into_iter()
        .map(|b| PublicBenefitRow {
            benefit: b,
            all: public_cell(&tally(rows().filter(|r| r.benefit == b))),
            by_entity_type: EntityType::ALL
                .iter()
                .filter(|e| rows().any(|r| r.benefit == b && r.entity_type == **e))
                .map(|e| (*e, public_cell(&tally(rows().filter(|r| r.benefit == b && r.entity_type == *e)))))
                .collect(),
        })
        .collect();
    PublicBenefitSummary { rounds, round, respondents: (!suppressed(total)).then_some(total), benefits }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consultation::Phase;

    fn row(round: i64, entity_type: EntityType, used: Usage, value: Option<u8>, n: u64) -> RatingRow {
        RatingRow { round, benefit: Benefit::FewerExams, entity_type, tier: CtpatStatus::TierII, used, value, n }
    }

    fn rounds() -> Vec<SurveyRound> {
        [(1, "2025-01-01"), (2, "2026-01-01")]
            .iter()
            .map(|(id, d)| SurveyRound {
                id: *id,
                title: format!("Round {id}"),
                opens_on: d.to_string(),
                closes_on: d.to_string(),
                phase: Phase::Closed,
            })
            .collect()
    }

    fn data() -> Vec<RatingRow> {
        use EntityType::*;
        vec![
            // Round 1, importers: 3 used (values 4, 4, 2), 1 did not, 1 not applicable.
            row(1, UsImporter, Usage::Yes, Some(4), 2),
            row(1, UsImporter, Usage::Yes, Some(2), 1),
            row(1, UsImporter, Usage::No, None, 1),
            row(1, UsImporter, Usage::NotApplicable, None, 1),
            // Round 2, importers: 4 used (5, 5, 4, 4), 0 did not.
            row(2, UsImporter, Usage::Yes, Some(5), 2),
            row(2, UsImporter, Usage::Yes, Some(4), 2),
            // Round 2, sea carriers: 2 used (3, 1).
            row(2, SeaCarrier, Usage::Yes, Some(3), 1),
            row(2, SeaCarrier, Usage::Yes, Some(1), 1),
        ]
    }

    #[test]
    fn figures_per_benefit_match_hand_computation() {
        let metrics = vec![
            MetricRow {
                round: 2,
                benefit: Benefit::FewerExams,
                entity_type: EntityType::UsImporter,
                tier: CtpatStatus::TierII,
                metric: Metric::HoursSavedPerMonth,
                value: 10.0,
                n: 3,
            },
            MetricRow {
                round: 2,
                benefit: Benefit::FewerExams,
                entity_type: EntityType::UsImporter,
                tier: CtpatStatus::TierII,
                metric: Metric::HoursSavedPerMonth,
                value: 30.0,
                n: 1,
            },
        ];
        let d = benefit_dashboard(&AnalyticsQuery::default(), rounds(), &data(), &metrics, &[]);
        let f = &d.benefits[0];
        assert_eq!((f.responses, f.used, f.not_used, f.not_applicable), (11, 9, 1, 1));
        assert_eq!(f.share_used, Some(0.9));
        // Ratings: 4,4,2,5,5,4,4,3,1 → mean 32/9, median 4.
        let v = f.value.as_ref().unwrap();
        assert!((v.mean - 32.0 / 9.0).abs() < 1e-9);
        assert_eq!(v.median, 4.0);
        let hours =
            f.metrics.iter().find(|m| m.metric == Metric::HoursSavedPerMonth).unwrap().summary.as_ref().unwrap();
        // 10, 10, 10, 30: median 10, q3 15, mean 15.
        assert_eq!((hours.median, hours.q3, hours.mean), (10.0, 15.0, 15.0));
        assert_eq!(d.benefits.len(), 10, "the core benefits always; Trade Compliance only when answered");
    }

    #[test]
    fn filters_and_breakdowns() {
        let q = AnalyticsQuery { round: Some(2), ..AnalyticsQuery::default() };
        let d = benefit_dashboard(&q, rounds(), &data(), &[], &[]);
        assert_eq!(d.benefits[0].responses, 6);
        let sea = d.by_entity_type.iter().find(|g| g.group == "sea_carrier").unwrap();
        assert_eq!((sea.responses, sea.mean_value, sea.median_value), (2, Some(2.0), Some(2.0)));
        // Breakdown by round ignores the round filter: both rounds are there.
        assert_eq!(d.by_round.len(), 2);
        let change = &d.round_changes[0];
        // Round 1: share 3/4, ratings 4, 4, 2 (mean 10/3). Round 2: share 6/6, ratings
        // 5, 5, 4, 4, 3, 1 (mean 22/6).
        assert!((change.share_used_change.unwrap() - 0.25).abs() < 1e-9);
        assert!((change.mean_value_change.unwrap() - (22.0 / 6.0 - 10.0 / 3.0)).abs() < 1e-9);
    }

    #[test]
    fn the_public_summary_withholds_small_cells() {
        let respondents =
            vec![RespondentRow { round: 2, entity_type: EntityType::UsImporter, tier: CtpatStatus::TierII, n: 6 }];
        let s = public_summary(rounds(), Some(2), &data(), &respondents);
        let row = &s.benefits[0];
        assert_eq!(row.all.responses, Some(6));
        assert!(!row.all.suppressed);
        let (_, importers) = row.by_entity_type.iter().find(|(e, _)| *e == EntityType::UsImporter).unwrap();
        assert!(importers.suppressed, "4 importers in round 2: fewer than 5");
        assert_eq!((importers.responses, importers.mean_value), (None, None));
        let (_, sea) = row.by_entity_type.iter().find(|(e, _)| *e == EntityType::SeaCarrier).unwrap();
        assert!(sea.suppressed);
        assert_eq!(s.respondents, Some(6));
        let one_round = public_summary(rounds(), Some(1), &data(), &[]);
        let cell = &one_round.benefits[0].all;
        assert!(!cell.suppressed, "5 responses in round 1 is not below 5");
        assert_eq!(cell.responses, Some(5));
        assert_eq!(cell.mean_value, None, "but only 3 ratings: their mean is withheld");
        assert_eq!(cell.share_used, None, "and only 4 for whom it applies");
        assert_eq!(one_round.respondents, None);
    }
}
