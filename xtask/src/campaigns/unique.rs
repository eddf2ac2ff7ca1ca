//! Unique feedback: a grammar of CTPAT situations, observations and requests, so that two
//! unique texts may share phrases (as real ones on the same topic do) without being copies.

use super::compose::{fill, layout, letter, pick};
use super::words::TEMPLATES;
use crate::rng::Rng;

pub(super) const SUBJECTS: &[&str] = &[
    "Our drivers",
    "The warehouse team",
    "Our customs broker",
    "The compliance office",
    "The night shift",
    "Our carriers",
    "Our supplier in {country}",
    "The plant manager",
    "Our security guards",
    "The import team",
    "Our freight forwarder",
    "Two of our new dispatchers",
    "The quality department",
    "Our highway carrier partner",
];

pub(super) const EVENTS: &[&str] = &[
    "waited {n} hours for an exam at {port}",
    "could not upload the security profile after the {month} update",
    "received conflicting instructions from two specialists",
    "lost a full day to a document check at {port}",
    "were told to repeat the seal inspection at the secondary booth",
    "saw no change in our exam rate since certification",
    "had to redo the risk assessment from scratch",
    "got the validation report {n} months after the visit",
    "were asked for evidence that the criteria never mention",
    "missed a portal notice about the new criteria",
    "found a tampered seal on a trailer from {country}",
    "spent {n} days preparing for a virtual validation",
    "could not reach anyone at the supply chain security office",
    "were asked to install cameras that we already have",
    "needed {n} weeks to renew the FAST cards",
    "passed the validation with no findings",
    "filled the same questionnaire twice for CTPAT and OEA",
    "were inspected {n} times in one month at {port}",
];

pub(super) const TIMES: &[&str] = &[
    "last {month}",
    "in {month}",
    "twice this year",
    "during the last validation",
    "right after the portal update",
    "this quarter",
    "on a busy Friday",
    "before the holidays",
];

pub(super) const OBSERVATIONS: &[&str] = &[
    "In our view {thing} is {adj}.",
    "Honestly, {thing} has become {adj} since {year}.",
    "People here say that {thing} is {adj} and that nobody explains why.",
    "We find {thing} {adj}, especially for new staff.",
    "Compared with other programs, {thing} feels {adj}.",
    "Nobody on our side understands why {thing} is still {adj}.",
];

pub(super) const ACTIONS: &[&str] = &[
    "publish the average exam rate for each tier",
    "send reminders before the annual review",
    "let us upload documents in bulk",
    "explain each criterion with an example",
    "keep the FAST lane at {port} open until eight",
    "give every partner a single contact person",
    "translate the guidance into Spanish and French",
    "allow virtual validations again",
    "set a deadline for validation reports",
    "share the results of the last survey",
    "accept electronic seals",
    "recognise OEA validations",
    "offer a webinar on the new criteria",
    "fix the upload button",
    "add a search function to the document library",
    "announce portal maintenance a week ahead",
];

pub(super) const REQUESTS: &[&str] = &[
    "Please {action}.",
    "We would appreciate it if CBP could {action}.",
    "It would help us a lot if you could {action}.",
    "Our suggestion: {action}.",
    "Could the program office {action}?",
    "My request is simple: {action}.",
];

pub(super) const FACTS: &[&str] = &[
    "We have {n}0 trucks and about {n}00 employees.",
    "We import {goods} from {country}.",
    "We became a partner in {year} and were revalidated in {year}.",
    "Our site in {port} handles most of our crossings.",
    "We are a {n}-person brokerage.",
    "Most of our freight is {goods}.",
];

pub(super) const GOODS: &[&str] = &[
    "auto parts",
    "fresh produce",
    "electronics",
    "textiles",
    "furniture",
    "medical devices",
    "steel coils",
    "toys",
    "frozen food",
    "solar panels",
];

pub(super) const UNIQUE_TITLES: &[&str] = &[
    "Question about {thing}",
    "Problem at {port}",
    "Feedback on {thing}",
    "Suggestion: {action}",
    "Our experience {time}",
    "{thing} is {adj}",
];

pub(super) const CONSEQUENCES: &[&str] = &[
    "and the load missed its delivery window",
    "which cost us a customer",
    "so we had to pay the driver overtime",
    "and nobody could tell us why",
    "and the specialist never answered our email",
    "which delayed a shipment of {goods}",
    "so the plant in {country} stopped for a day",
    "and we had to file a complaint",
    "which worried our insurer",
    "and the trailer was sent back to the yard",
];

pub(super) const BENEFITS: &[&str] = &[
    "partners can plan ahead",
    "small companies are not left behind",
    "our staff stop guessing",
    "we can show our board the value of the program",
    "drivers know what to expect at {port}",
    "the same rule applies at every port",
    "findings are fixed faster",
    "we do not pay twice for the same audit",
];

pub(super) fn unique_sentence(rng: &mut Rng) -> String {
    let pattern = match rng.below(4) {
        0 => {
            let consequence = if rng.below(2) == 0 { format!(", {}", pick(rng, CONSEQUENCES)) } else { String::new() };
            format!("{} {} {}{consequence}.", pick(rng, SUBJECTS), pick(rng, EVENTS), pick(rng, TIMES))
        }
        1 => pick(rng, OBSERVATIONS).to_string(),
        2 => {
            let mut action = pick(rng, ACTIONS).to_owned();
            if rng.below(3) > 0 {
                action = format!("{action} so that {}", pick(rng, BENEFITS));
            }
            pick(rng, REQUESTS).replace("{action}", &action)
        }
        _ => pick(rng, FACTS).replace("{goods}", pick(rng, GOODS)),
    };
    fill(&pattern.replace("{goods}", pick(rng, GOODS)), rng)
}

pub(super) fn unique_feedback(rng: &mut Rng) -> (String, String) {
    // Three sentences at least: two people writing two short sentences from the same few
    // situations would be near-duplicates of each other, and rightly so.
    let count = 3 + rng.below(6);
    let mut sentences: Vec<String> = (0..count).map(|_| unique_sentence(rng)).collect();
    // Some quote a sentence of a campaign letter they read: same topic, same words, yet their
    // own feedback — the hard case for precision.
    if rng.below(6) == 0 {
        let template = &TEMPLATES[rng.below(TEMPLATES.len())];
        let at = rng.below(sentences.len() + 1);
        sentences.insert(at, pick(rng, template.sentences).to_owned());
    }
    let title = UNIQUE_TITLES[rng.below(UNIQUE_TITLES.len())]
        .replace("{action}", pick(rng, ACTIONS))
        .replace("{time}", pick(rng, TIMES));
    let mut title = fill(&title, rng);
    if let Some(first) = title.get(..1) {
        title = first.to_uppercase() + &title[1..];
    }
    (title, letter(&layout(&sentences, rng), rng, false))
}
