//! Validation experience reports: how a partner's validation or revalidation went, in numbers a
//! reviewer can compare across CBP field offices, modes, entity types and years — the evidence
//! for standardizing validations (the working group's second next step).

use serde::{Deserialize, Serialize};

use crate::code_enum;
use crate::taxonomy::{CtpatStatus, EntityType};
use crate::text::{parse_choice as choice, Email, FieldError, Problem, TextRule};

code_enum! {
    pub enum ValidationKind {
        Validation = "validation",
        Revalidation = "revalidation",
    }
}

code_enum! {
    pub enum Mode {
        InPerson = "in_person",
        Virtual = "virtual",
        Hybrid = "hybrid",
    }
}

code_enum! {
    /// The counts and durations asked.
    pub enum Measure {
        DaysNoticeToVisit = "days_notice_to_visit",
        DaysOnSite = "days_on_site",
        WeeksToReport = "weeks_to_report",
        Recommendations = "recommendations",
        RequiredActions = "required_actions",
    }
}

impl Measure {
    /// Inclusive limits: generous, but they catch typing slips (a year in the days field).
    pub fn limit(self) -> u32 {
        match self {
            Measure::DaysNoticeToVisit => 365,
            Measure::DaysOnSite => 60,
            Measure::WeeksToReport => 104,
            Measure::Recommendations | Measure::RequiredActions => 500,
        }
    }
}

code_enum! {
    /// The 1–5 ratings asked.
    pub enum Rating {
        Clarity = "clarity",
        ConsistencyWithCriteria = "consistency_with_criteria",
        ConsistencyWithEarlier = "consistency_with_earlier",
        Usefulness = "usefulness",
    }
}

pub const STANDARDIZE_MAX: usize = 2_000;
pub const OFFICE_NAME_MAX: usize = 120;
const STANDARDIZE_RULE: TextRule = TextRule { required: false, max_chars: STANDARDIZE_MAX, single_line: false };
const NAME_RULE: TextRule = TextRule { required: false, max_chars: crate::feedback::NAME_MAX, single_line: true };
const ORGANIZATION_RULE: TextRule =
    TextRule { required: false, max_chars: crate::feedback::ORGANIZATION_MAX, single_line: true };
pub const OFFICE_RULE: TextRule = TextRule { required: true, max_chars: OFFICE_NAME_MAX, single_line: true };

/// The report as the browser holds it. Numbers and ratings are text as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = ValidationReportForm))]
#[serde(default, deny_unknown_fields)]
pub struct ReportForm {
    /// `YYYY-MM`: the month the validation took place.
    pub month: String,
    pub kind: String,
    pub entity_type: String,
    pub ctpat_status: String,
    pub mode: String,
    /// The id of a CBP field office from the admins' list.
    pub field_office: String,
    pub days_notice_to_visit: String,
    pub days_on_site: String,
    pub weeks_to_report: String,
    pub recommendations: String,
    pub required_actions: String,
    pub clarity: String,
    pub consistency_with_criteria: String,
    /// Empty when there was no earlier validation (a first validation).
    pub consistency_with_earlier: String,
    pub usefulness: String,
    /// What should be standardized: filed as feedback on validations when given.
    pub standardize: String,
    pub name: String,
    pub organization: String,
    pub email: String,
    pub website: String,
}

impl ReportForm {
    pub fn measure(&self, m: Measure) -> &str {
        match m {
            Measure::DaysNoticeToVisit => &self.days_notice_to_visit,
            Measure::DaysOnSite => &self.days_on_site,
            Measure::WeeksToReport => &self.weeks_to_report,
            Measure::Recommendations => &self.recommendations,
            Measure::RequiredActions => &self.required_actions,
        }
    }

    pub fn rating(&self, r: Rating) -> &str {
        match r {
            Rating::Clarity => &self.clarity,
            Rating::ConsistencyWithCriteria => &self.consistency_with_criteria,
            Rating::ConsistencyWithEarlier => &self.consistency_with_earlier,
            Rating::Usefulness => &self.usefulness,
        }
    }

    pub fn looks_automated(&self) -> bool {
        !self.website.trim().is_empty()
    }
}

/// Field keys, in form order: the JSON keys and the controls' ids.
pub mod field {
    pub const MONTH: &str = "month";
    pub const KIND: &str = "kind";
    pub const ENTITY_TYPE: &str = "entity_type";
    pub const CTPAT_STATUS: &str = "ctpat_status";
    pub const MODE: &str = "mode";
    pub const FIELD_OFFICE: &str = "field_office";
    pub const STANDARDIZE: &str = "standardize";
    pub const NAME: &str = "name";
    pub const ORGANIZATION: &str = "organization";
    pub const EMAIL: &str = "email";
}

/// A valid report.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub year: i32,
    pub month: u8,
    pub kind: ValidationKind,
    pub entity_type: EntityType,
    pub ctpat_status: CtpatStatus,
    pub mode: Mode,
    pub field_office: i64,
    pub measures: Vec<(Measure, u32)>,
    /// Ratings given; "consistency with earlier validations" may be absent (a first validation).
    pub ratings: Vec<(Rating, u8)>,
    pub standardize: Option<String>,
    pub name: Option<String>,
    pub organization: Option<String>,
    pub email: Option<Email>,
}

/// `YYYY-MM`, from 2005 (the program's first validations) to `latest` (this month; the caller
/// reads the clock).
pub fn parse_month(raw: &str, latest: (i32, u8)) -> Result<(i32, u8), Problem> {
    let t = raw.trim();
    if t.is_empty() {
        return Err(Problem::Required);
    }
    let (y, m) = t.split_once('-').ok_or(Problem::InvalidDate)?;
    let (y, m) = match (y.parse::<i32>(), m.parse::<u8>()) {
        (Ok(y), Ok(m)) if y.to_string().len() == 4 && (1..=12).contains(&m) => (y, m),
        _ => return Err(Problem::InvalidDate),
    };
    if y < 2005 || (y, m) > latest {
        return Err(Problem::InvalidDate);
    }
    Ok((y, m))
}

impl Report {
    /// Parses a form; `latest` is the current (year, month): a report is about the past.
    pub fn parse(form: &ReportForm, latest: (i32, u8)) -> Result<Report, Vec<FieldError>> {
        use field::*;
        let mut errors: Vec<FieldError> = Vec::new();
        let mut push = |f: &str, p: Problem| errors.push(FieldError::new(f, p));
        let month = parse_month(&form.month, latest).map_err(|p| push(MONTH, p)).ok();
        let kind = choice(&form.kind, ValidationKind::from_code).map_err(|p| push(KIND, p)).ok();
        let entity_type = choice(&form.entity_type, EntityType::from_code).map_err(|p| push(ENTITY_TYPE, p)).ok();
        let ctpat_status = choice(&form.ctpat_status, CtpatStatus::from_code).map_err(|p| push(CTPAT_STATUS, p)).ok();
        let mode = choice(&form.mode, Mode::from_code).map_err(|p| push(MODE, p)).ok();
        let field_office = choice(&form.field_office, |s| s.parse::<i64>().ok().filter(|n| *n > 0))
            .map_err(|p| push(FIELD_OFFICE, p))
            .ok();
        let mut measures = Vec::new();
        for m in Measure::ALL {
            let raw = form.measure(*m).trim().replace([',', ' '], "");
            match raw.parse::<u32>() {
                _ if raw.is_empty() => push(m.code(), Problem::Required),
                Ok(n) if n <= m.limit() => measures.push((*m, n)),
                Ok(_) => push(m.code(), Problem::OutOfRange { min: 0, max: i64::from(m.limit()) }),
                Err(_) => push(m.code(), Problem::NotANumber),
            }
        }
        let mut ratings = Vec::new();
        for r in Rating::ALL {
            let raw = form.rating(*r).trim();
            match raw.parse::<u8>() {
                _ if raw.is_empty() && *r == Rating::ConsistencyWithEarlier => {}
                _ if raw.is_empty() => push(r.code(), Problem::Required),
                Ok(n) if (1..=5).contains(&n) => ratings.push((*r, n)),
                _ => push(r.code(), Problem::OutOfRange { min: 1, max: 5 }),
            }
        }
        if kind == Some(ValidationKind::Validation) && !form.consistency_with_earlier.trim().is_empty() {
            // A first validation has no earlier one to be consistent with.
            push(Rating::ConsistencyWithEarlier.code(), Problem::NotApplicable);
        }
        let standardize = STANDARDIZE_RULE.parse(&form.standardize).map_err(|p| push(STANDARDIZE, p)).ok();
        let name = NAME_RULE.parse(&form.name).map_err(|p| push(NAME, p)).ok();
        let organization = ORGANIZATION_RULE.parse(&form.organization).map_err(|p| push(ORGANIZATION, p)).ok();
        let email = match form.email.trim() {
            "" => Some(None),
            raw => Email::parse(raw).map(Some).map_err(|p| push(EMAIL, p)).ok(),
        };
        match (month, kind, entity_type, ctpat_status, mode, field_office, standardize, name, organization, email) {
            (
                Some((year, month)),
                Some(kind),
                Some(entity_type),
                Some(ctpat_status),
                Some(mode),
                Some(field_office),
                Some(standardize),
                Some(name),
                Some(organization),
                Some(email),
            ) if errors.is_empty() => Ok(Report {
                year,
                month,
                kind,
                entity_type,
                ctpat_status,
                mode,
                field_office,
                measures,
                ratings,
                standardize,
                name,
                organization,
                email,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn valid() -> ReportForm {
        ReportForm {
            month: "2026-03".into(),
            kind: "revalidation".into(),
            entity_type: "highway_carrier_us_mexico".into(),
            ctpat_status: "tier_2".into(),
            mode: "virtual".into(),
            field_office: "3".into(),
            days_notice_to_visit: "30".into(),
            days_on_site: "2".into(),
            weeks_to_report: "20".into(),
            recommendations: "4".into(),
            required_actions: "1".into(),
            clarity: "4".into(),
            consistency_with_criteria: "3".into(),
            consistency_with_earlier: "2".into(),
            usefulness: "4".into(),
            ..ReportForm::default()
        }
    }

    const NOW: (i32, u8) = (2026, 11);

    #[test]
    fn a_complete_report_parses() {
        let r = Report::parse(&valid(), NOW).unwrap();
        assert_eq!((r.year, r.month, r.mode), (2026, 3, Mode::Virtual));
        assert_eq!(r.measures.len(), 5);
        assert_eq!(r.ratings.len(), 4);
        assert_eq!(r.standardize, None);
    }

    #[test]
    fn problems_are_named_by_field_in_form_order() {
        let bad = ReportForm {
            month: "2026-12".into(),
            mode: "by mail".into(),
            field_office: "".into(),
            days_on_site: "400".into(),
            weeks_to_report: "ten".into(),
            clarity: "".into(),
            usefulness: "7".into(),
            email: "nope".into(),
            ..valid()
        };
        let got: Vec<(String, &str)> =
            Report::parse(&bad, NOW).unwrap_err().into_iter().map(|e| (e.field, e.problem.code())).collect();
        let want = [
            ("month", "invalid_date"),
            ("mode", "unknown_choice"),
            ("field_office", "required"),
            ("days_on_site", "out_of_range"),
            ("weeks_to_report", "not_a_number"),
            ("clarity", "required"),
            ("usefulness", "out_of_range"),
            ("email", "invalid_email"),
        ];
        assert_eq!(got, want.map(|(f, c)| (f.to_owned(), c)));
    }

    #[test]
    fn a_first_validation_has_no_earlier_one() {
        let first = ReportForm { kind: "validation".into(), consistency_with_earlier: "".into(), ..valid() };
        assert_eq!(Report::parse(&first, NOW).unwrap().ratings.len(), 3);
        let wrong = ReportForm { kind: "validation".into(), ..valid() };
        assert_eq!(
            Report::parse(&wrong, NOW).unwrap_err(),
            vec![FieldError::new("consistency_with_earlier", Problem::NotApplicable)]
        );
    }

    #[test]
    fn months() {
        assert_eq!(parse_month("2026-11", NOW), Ok((2026, 11)));
        assert_eq!(parse_month("2004-12", NOW), Err(Problem::InvalidDate));
        assert_eq!(parse_month("2026-13", NOW), Err(Problem::InvalidDate));
        assert_eq!(parse_month("26-01", NOW), Err(Problem::InvalidDate));
        assert_eq!(parse_month("", NOW), Err(Problem::Required));
    }
}

/// One stored report, as the dashboard needs it.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportRow {
    pub field_office: i64,
    pub mode: Mode,
    pub entity_type: EntityType,
    pub year: i32,
    pub measures: Vec<(Measure, u32)>,
    pub ratings: Vec<(Rating, u8)>,
}

/// Filters of the dashboard (query string `year`, `mode`, `entity_type`, `field_office`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ValidationQuery {
    pub year: Option<i32>,
    pub mode: Option<Mode>,
    pub entity_type: Option<EntityType>,
    pub field_office: Option<i64>,
}

impl ValidationQuery {
    /// Empty values and the keys of empty values are ignored (the form sends every field).
    pub fn parse(pairs: &[(String, String)]) -> Result<ValidationQuery, Vec<FieldError>> {
        let mut q = ValidationQuery::default();
        let mut r = crate::query::Reader::new();
        for (k, v) in pairs.iter().map(|(k, v)| (k, v.trim())).filter(|(_, v)| !v.is_empty()) {
            match k.as_str() {
                "year" => q.year = r.choice(k, v, |v| v.parse::<i32>().ok().filter(|y| (2005..=9999).contains(y))),
                "mode" => q.mode = r.choice(k, v, Mode::from_code),
                "entity_type" => q.entity_type = r.choice(k, v, EntityType::from_code),
                "field_office" => q.field_office = r.id(k, v),
                other => r.unknown(other),
            }
        }
        r.finish(q)
    }

    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        crate::query::Pairs::new()
            .set("year", self.year.map(|y| y.to_string()))
            .set("mode", self.mode.map(|m| m.code()))
            .set("entity_type", self.entity_type.map(|e| e.code()))
            .set("field_office", self.field_office.map(|f| f.to_string()))
            .done()
    }

    fn keeps(&self, r: &ReportRow) -> bool {
        self.year.is_none_or(|y| y == r.year)
            && self.mode.is_none_or(|m| m == r.mode)
            && self.entity_type.is_none_or(|e| e == r.entity_type)
            && self.field_office.is_none_or(|f| f == r.field_office)
    }
}

use crate::api::validation::{Dimension, FieldOffice, Spread, ValidationDashboard, ValidationGroup};
use crate::stats::{summarize, suppressed};

fn group(dimension: Dimension, code: String, rows: &[&ReportRow]) -> ValidationGroup {
    let measures = Measure::ALL
        .iter()
        .map(|m| {
            let w: Vec<(f64, u64)> = rows
                .iter()
                .filter_map(|r| r.measures.iter().find(|(x, _)| x == m).map(|(_, v)| (f64::from(*v), 1)))
                .collect();
            (*m, summarize(&w))
        })
        .collect();
    let ratings = Rating::ALL
        .iter()
        .map(|k| {
            let w: Vec<(f64, u64)> = rows
                .iter()
                .filter_map(|r| r.ratings.iter().find(|(x, _)| x == k).map(|(_, v)| (f64::from(*v), 1)))
                .collect();
            (*k, summarize(&w))
        })
        .collect();
    ValidationGroup { dimension, group: code, reports: rows.len() as u64, measures, ratings }
}

fn split<K: Ord + Copy>(
    rows: &[&ReportRow],
    dimension: Dimension,
    key: impl Fn(&ReportRow) -> K,
    code: impl Fn(K) -> String,
) -> Vec<ValidationGroup> {
    let mut groups: std::collections::BTreeMap<K, Vec<&ReportRow>> = std::collections::BTreeMap::new();
    for r in rows {
        groups.entry(key(r)).or_default().push(r);
    }
    groups.into_iter().map(|(k, rs)| group(dimension, code(k), &rs)).collect()
}

/// Where field offices differ most, per measure (medians) and rating (means), among offices
/// with enough reports to say (at least `stats::MIN_CELL`).
fn spreads(by_office: &[ValidationGroup]) -> Vec<Spread> {
    let eligible: Vec<&ValidationGroup> = by_office.iter().filter(|g| !suppressed(g.reports)).collect();
    let mut out = Vec::new();
    let mut consider = |figure: &str, values: Vec<(i64, f64)>, rating: bool| {
        if values.len() < 2 {
            return;
        }
        let lo = values.iter().copied().min_by(|a, b| a.1.total_cmp(&b.1)).expect("two values");
        let hi = values.iter().copied().max_by(|a, b| a.1.total_cmp(&b.1)).expect("two values");
        let large = if rating { hi.1 - lo.1 >= 1.0 } else { hi.1 >= 2.0 * lo.1 && hi.1 - lo.1 >= 1.0 };
        out.push(Spread {
            figure: figure.to_owned(),
            lowest_office: lo.0,
            lowest: lo.1,
            highest_office: hi.0,
            highest: hi.1,
            large,
        });
    };
    let id = |g: &ValidationGroup| g.group.parse::<i64>().unwrap_or(0);
    for m in Measure::ALL {
        let values = eligible
            .iter()
            .filter_map(|g| g.measures.iter().find(|(x, _)| x == m)?.1.as_ref().map(|s| (id(g), s.median)))
            .collect();
        consider(m.code(), values, false);
    }
    for r in Rating::ALL {
        let values = eligible
            .iter()
            .filter_map(|g| g.ratings.iter().find(|(x, _)| x == r)?.1.as_ref().map(|s| (id(g), s.mean)))
            .collect();
        consider(r.code(), values, true);
    }
    out
}

/// The reviewers' dashboard under the filters.
pub fn dashboard(q: &ValidationQuery, offices: Vec<FieldOffice>, rows: &[ReportRow]) -> ValidationDashboard {
    let kept: Vec<&ReportRow> = rows.iter().filter(|r| q.keeps(r)).collect();
    let by_field_office = split(&kept, Dimension::FieldOffice, |r| r.field_office, |k| k.to_string());
    ValidationDashboard {
        offices,
        overall: group(Dimension::All, "all".into(), &kept),
        spreads: spreads(&by_field_office),
        by_field_office,
        by_mode: split(&kept, Dimension::Mode, |r| r.mode, |k| k.code().to_owned()),
        by_entity_type: split(&kept, Dimension::EntityType, |r| r.entity_type, |k| k.code().to_owned()),
        by_year: split(&kept, Dimension::Year, |r| r.year, |k| k.to_string()),
    }
}

/// The same group with every figure withheld when it rests on fewer than `stats::MIN_CELL`
/// reports: for anything that leaves the reviewer area (the CSV file).
pub fn suppress(g: &ValidationGroup) -> ValidationGroup {
    if !suppressed(g.reports) {
        return g.clone();
    }
    ValidationGroup {
        measures: g.measures.iter().map(|(m, _)| (*m, None)).collect(),
        ratings: g.ratings.iter().map(|(r, _)| (*r, None)).collect(),
        reports: 0,
        ..g.clone()
    }
}

#[cfg(test)]
mod dashboard_tests {
    use super::*;

    fn row(office: i64, mode: Mode, weeks: u32, usefulness: u8) -> ReportRow {
        ReportRow {
            field_office: office,
            mode,
            entity_type: EntityType::UsImporter,
            year: 2026,
            measures: vec![(Measure::WeeksToReport, weeks), (Measure::DaysOnSite, 2)],
            ratings: vec![(Rating::Usefulness, usefulness)],
        }
    }

    #[test]
    fn groups_and_spreads_match_hand_computation() {
        // Office 1: weeks 4, 6, 8, 10, 12 (median 8), usefulness 4 each.
        // Office 2: weeks 16, 18, 20, 22, 24 (median 20), usefulness 2 each.
        // Office 3: two reports only — too few to compare.
        let mut rows = Vec::new();
        for w in [4, 6, 8, 10, 12] {
            rows.push(row(1, Mode::Virtual, w, 4));
        }
        for w in [16, 18, 20, 22, 24] {
            rows.push(row(2, Mode::InPerson, w, 2));
        }
        rows.push(row(3, Mode::Hybrid, 100, 1));
        rows.push(row(3, Mode::Hybrid, 100, 1));
        let d = dashboard(&ValidationQuery::default(), vec![], &rows);
        assert_eq!(d.overall.reports, 12);
        let weeks = |g: &ValidationGroup| {
            g.measures.iter().find(|(m, _)| *m == Measure::WeeksToReport).unwrap().1.clone().unwrap()
        };
        assert_eq!(weeks(&d.by_field_office[0]).median, 8.0);
        assert_eq!(weeks(&d.by_field_office[1]).q1, 18.0);
        let spread = d.spreads.iter().find(|s| s.figure == "weeks_to_report").unwrap();
        assert_eq!((spread.lowest_office, spread.lowest, spread.highest_office, spread.highest), (1, 8.0, 2, 20.0));
        assert!(spread.large, "20 is more than twice 8");
        let on_site = d.spreads.iter().find(|s| s.figure == "days_on_site").unwrap();
        assert!(!on_site.large);
        let useful = d.spreads.iter().find(|s| s.figure == "usefulness").unwrap();
        assert!(useful.large && useful.highest - useful.lowest == 2.0);
        assert_eq!(d.by_mode.len(), 3);
        let q = ValidationQuery { mode: Some(Mode::Virtual), ..ValidationQuery::default() };
        assert_eq!(dashboard(&q, vec![], &rows).overall.reports, 5);
        // Office 3 is withheld in anything that leaves the reviewer area.
        let small = suppress(&d.by_field_office[2]);
        assert!(small.measures.iter().all(|(_, s)| s.is_none()) && small.reports == 0);
        assert_eq!(suppress(&d.by_field_office[0]), d.by_field_office[0]);
    }

    #[test]
    fn queries() {
        let pairs = |s: &[(&str, &str)]| s.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Vec<_>>();
        let q = ValidationQuery::parse(&pairs(&[("year", "2026"), ("mode", "hybrid"), ("field_office", "4")])).unwrap();
        assert_eq!(q.to_pairs().len(), 3);
        let e = ValidationQuery::parse(&pairs(&[("year", "26"), ("colour", "red")])).unwrap_err();
        assert_eq!(e.iter().map(|e| e.field.as_str()).collect::<Vec<_>>(), ["year", "colour"]);
    }
}
