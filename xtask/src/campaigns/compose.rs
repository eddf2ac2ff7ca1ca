//! Writing one letter: a filled-in pattern, a person to sign it, the greeting, the layout of its
//! sentences and the closing.

use super::words::*;
use crate::rng::Rng;

pub(super) fn pick<'a>(rng: &mut Rng, items: &[&'a str]) -> &'a str {
    items[rng.below(items.len())]
}

pub(super) fn unit(rng: &mut Rng) -> f64 {
    (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64
}

pub(super) fn fill(pattern: &str, rng: &mut Rng) -> String {
    let mut out = pattern.to_owned();
    for (slot, options) in
        [("{port}", PORTS), ("{month}", MONTHS), ("{country}", COUNTRIES), ("{thing}", THINGS), ("{adj}", ADJECTIVES)]
    {
        while let Some(at) = out.find(slot) {
            out.replace_range(at..at + slot.len(), pick(rng, options));
        }
    }
    while let Some(at) = out.find("{n}") {
        out.replace_range(at..at + 3, &(2 + rng.below(9)).to_string());
    }
    while let Some(at) = out.find("{year}") {
        out.replace_range(at..at + 6, &(2005 + rng.below(19)).to_string());
    }
    out
}

pub(super) fn person(rng: &mut Rng) -> (String, String, String) {
    let name = format!("{} {}", pick(rng, FIRST_NAMES), pick(rng, LAST_NAMES));
    let company = format!("{} {}", pick(rng, COMPANY_WORDS), pick(rng, COMPANY_KINDS));
    (name, pick(rng, JOB_TITLES).to_string(), company)
}

/// A greeting line or nothing, then the body, then a signature block in one of the usual shapes.
pub(super) fn letter(body: &str, rng: &mut Rng, formal: bool) -> String {
    let mut out = String::new();
    if formal || rng.below(3) == 0 {
        out.push_str(pick(rng, GREETINGS));
        out.push_str(if rng.below(2) == 0 { "\n\n" } else { "\n" });
    }
    out.push_str(body);
    let (name, title, company) = person(rng);
    match rng.below(if formal { 5 } else { 8 }) {
        0 | 1 => out.push_str(&format!("\n\n{}\n{name}\n{title}\n{company}", pick(rng, CLOSINGS))),
        2 => out.push_str(&format!("\n\n{}\n{name}, {title}, {company}", pick(rng, CLOSINGS))),
        3 => out.push_str(&format!("\n\n{} {name}\n{company}", pick(rng, CLOSINGS))),
        4 => out.push_str(&format!("\n\n-- \n{name}\n{title} | {company}\nTel. (956) 555-{:04}", rng.below(10_000))),
        // No closing word: the name (and maybe the company) on the last lines, counted as text.
        5 => out.push_str(&format!("\n\n{name}\n{company}")),
        6 => out.push_str(&format!("\n{name}")),
        _ => {}
    }
    out
}

/// Splits sentences into paragraphs at random points.
pub(super) fn layout(sentences: &[String], rng: &mut Rng) -> String {
    let mut out = String::new();
    for (i, s) in sentences.iter().enumerate() {
        if i > 0 {
            out.push_str(if rng.below(4) == 0 { "\n\n" } else { " " });
        }
        out.push_str(s);
    }
    out
}
