//! Bodies of the feedback `cargo xtask bench api` sends: texts that share no phrase, and one
//! campaign letter sent again and again.

/// Feedback whose texts share no phrase: twelve words drawn from a list by the request's number.
pub fn distinct(i: usize) -> String {
    const WORDS: [&str; 40] = [
        "seal",
        "container",
        "validation",
        "report",
        "exam",
        "lane",
        "border",
        "portal",
        "training",
        "partner",
        "specialist",
        "wait",
        "cyber",
        "audit",
        "trailer",
        "highway",
        "broker",
        "importer",
        "risk",
        "agriculture",
        "manifest",
        "driver",
        "tier",
        "profile",
        "security",
        "vendor",
        "warehouse",
        "rail",
        "vessel",
        "camera",
        "badge",
        "fence",
        "lighting",
        "password",
        "inventory",
        "shipment",
        "scanner",
        "customs",
        "pilot",
        "metric",
    ];
    let mut x = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let words: Vec<&str> = (0..12)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            WORDS[(x % WORDS.len() as u64) as usize]
        })
        .collect();
    format!(
        r#"{{"submitter_kind":"anonymous","entity_type":"sea_carrier","ctpat_status":"tier_2","topic":"communications","title":"Load test {i}","feedback":"{} number {i}."}}"#,
        words.join(" ")
    )
}

/// One campaign letter, sent again and again with the signer's name changed.
pub fn campaign(i: usize) -> String {
    format!(
        r#"{{"submitter_kind":"anonymous","entity_type":"highway_carrier_us_mexico","ctpat_status":"tier_2","topic":"minimum_security_criteria","msc_category":"6","title":"Seal verification checklist","feedback":"Dear CTPAT,\n\nDrivers are asked to perform the seal inspection in a different order at every port of entry. We ask CBP to publish one seal verification checklist and to train officers on it.\n\nSincerely,\nSigner {i}"}}"#
    )
}
