//! Which language a piece of feedback is written in: English, Spanish or French, told apart by
//! their most common short words. Feedback is stored with its language so reviewers can filter
//! by it; the guess only has to be right for ordinary sentences, and falls back to the
//! language of the page the person used when the text gives no clear sign. `Lang` itself is here,
//! beside its detection: a domain value stored with each submission; `i18n` gives each its catalog.

/// The portal's languages: of its pages, of what is submitted, of each follower's emails.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Es,
    Fr,
}

impl Lang {
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Es, Lang::Fr];

    /// The BCP 47 tag, for `<html lang>`, `Accept-Language` and what is stored.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
        }
    }

    /// The language's own name for itself, for the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Fr => "Français",
        }
    }

    /// A tag such as `es`, `es-MX` or `fr-CA` to the language it names, if we have it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.iter().copied().find(|l| l.tag() == primary)
    }

    /// The first language we have among preferences in order (`navigator.languages`, or an
    /// `Accept-Language` header with its `q` weights), English when none.
    pub fn negotiate<'a>(preferences: impl IntoIterator<Item = &'a str>) -> Lang {
        preferences.into_iter().find_map(Lang::from_tag).unwrap_or(Lang::En)
    }

    /// Parses an `Accept-Language` header, highest `q` first.
    pub fn from_accept_language(header: &str) -> Lang {
        let mut prefs: Vec<(f32, &str)> = header
            .split(',')
            .filter_map(|part| {
                let mut it = part.split(';');
                let tag = it.next()?.trim();
                let q = it.find_map(|p| p.trim().strip_prefix("q=")).and_then(|q| q.parse().ok()).unwrap_or(1.0);
                (!tag.is_empty() && q > 0.0).then_some((q, tag))
            })
            .collect();
        prefs.sort_by(|a, b| b.0.total_cmp(&a.0));
        Lang::negotiate(prefs.into_iter().map(|(_, t)| t))
    }
}

const EN: &[&str] = &[
    "the", "and", "of", "to", "is", "in", "that", "for", "are", "with", "our", "we", "it", "not", "this", "be", "on",
    "have", "has", "was", "they", "at", "by", "from", "or", "should", "would", "which", "their", "an",
];
const ES: &[&str] = &[
    "el", "la", "los", "las", "de", "del", "que", "y", "en", "un", "una", "es", "por", "para", "con", "no", "se", "su",
    "al", "lo", "como", "más", "pero", "sus", "nuestro", "nuestra", "nuestros", "está", "son", "muy",
];
const FR: &[&str] = &[
    "le", "la", "les", "de", "des", "du", "et", "est", "un", "une", "que", "qui", "dans", "pour", "pas", "ne", "sur",
    "au", "aux", "nous", "notre", "nos", "avec", "sont", "ce", "cette", "il", "ils", "par", "très",
];

/// The language of `text`, or `fallback` when no language clearly leads.
pub fn detect(text: &str, fallback: Lang) -> Lang {
    let words: Vec<String> =
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    let score = |list: &[&str]| words.iter().filter(|w| list.contains(&w.as_str())).count();
    let mut scores = [(Lang::En, score(EN)), (Lang::Es, score(ES)), (Lang::Fr, score(FR))];
    // Letters only one of the languages uses weigh in too.
    let has = |chars: &str| text.chars().any(|c| chars.contains(c));
    if has("ñ¿¡") {
        scores[1].1 += 2;
    }
    if has("çèêàùâîôû") {
        scores[2].1 += 2;
    }
    scores.sort_by_key(|s| std::cmp::Reverse(s.1));
    let (best, n) = scores[0];
    // A lead of two words at least, so that a stray "de" or "la" does not decide.
    if n >= 2 && n >= scores[1].1 + 2 {
        best
    } else {
        fallback
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_sentences() {
        assert_eq!(detect("The seal inspection steps differ between ports and it costs us hours.", Lang::Fr), Lang::En);
        assert_eq!(
            detect("La verificación de los sellos es diferente en cada cruce y nos cuesta horas.", Lang::En),
            Lang::Es
        );
        assert_eq!(
            detect(
                "La vérification des scellés n'est pas la même à chaque passage et nous coûte des heures.",
                Lang::En
            ),
            Lang::Fr
        );
    }

    #[test]
    fn unclear_text_keeps_the_page_language() {
        assert_eq!(detect("CTPAT MSC 6.2", Lang::Es), Lang::Es);
        assert_eq!(detect("", Lang::Fr), Lang::Fr);
        assert_eq!(detect("de la", Lang::En), Lang::En, "shared by Spanish and French: no lead");
    }
}
