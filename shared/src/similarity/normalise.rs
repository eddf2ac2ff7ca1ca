//! Normalisation: the comparable part of a text, folded and cut into sentences of words.

/// Whole lines (after folding) that open the closing block of a letter. Everything from such a
/// line on is dropped when it comes near the end of the text.
pub(super) const CLOSINGS: &[&str] = &[
    "sincerely",
    "yours sincerely",
    "sincerely yours",
    "yours truly",
    "yours faithfully",
    "regards",
    "best regards",
    "kind regards",
    "warm regards",
    "warmest regards",
    "with regards",
    "best",
    "all the best",
    "respectfully",
    "respectfully submitted",
    "respectfully yours",
    "thank you",
    "thanks",
    "many thanks",
    "thank you for your consideration",
    "thank you for your attention",
    "cordially",
    "atentamente",
    "muy atentamente",
    "saludos",
    "saludos cordiales",
    "un saludo",
    "un cordial saludo",
    "cordialmente",
    "sinceramente",
    "gracias",
    "cordialement",
    "bien cordialement",
    "salutations",
    "sinceres salutations",
    "meilleures salutations",
    "merci",
    "respectueusement",
];

/// First words of a greeting line ("Dear CTPAT team,").
pub(super) const GREETINGS: &[&str] = &[
    "dear",
    "to whom it may concern",
    "hello",
    "hi",
    "greetings",
    "good morning",
    "good afternoon",
    "attn",
    "attention",
    "to the",
    "estimado",
    "estimada",
    "estimados",
    "estimadas",
    "senor",
    "senora",
    "senores",
    "a quien corresponda",
    "hola",
    "buenos dias",
    "buenas tardes",
    "bonjour",
    "madame",
    "monsieur",
    "mesdames",
    "cher",
    "chere",
    "chers",
];

/// A closing block may hold the closing line plus this many lines (name, title, company, ...).
pub(super) const MAX_SIGNATURE_LINES: usize = 6;
/// A greeting line has at most this many words.
pub(super) const MAX_GREETING_WORDS: usize = 10;

/// Lower case without accents, one character at a time; `None` for anything that separates words.
pub(super) fn fold(c: char, out: &mut String) -> bool {
    for l in c.to_lowercase() {
        let base = match l {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'ď' | 'đ' => 'd',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'ğ' => 'g',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
            'ł' => 'l',
            'ñ' | 'ń' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
            'ř' => 'r',
            'ś' | 'š' | 'ş' => 's',
            'ť' | 'ţ' => 't',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            'ß' => {
                out.push_str("ss");
                continue;
            }
            'æ' => {
                out.push_str("ae");
                continue;
            }
            'œ' => {
                out.push_str("oe");
                continue;
            }
            l if l.is_alphanumeric() => l,
            _ => return false,
        };
        out.push(base);
    }
    true
}

/// The words of a piece of text: lower case, accents and punctuation folded away.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if !fold(c, &mut word) && !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

pub(super) fn starts_with_phrase(line: &[String], phrase: &str) -> bool {
    let phrase: Vec<&str> = phrase.split(' ').collect();
    line.len() >= phrase.len() && line.iter().zip(&phrase).all(|(w, p)| w == p)
}

/// The part of a letter worth comparing: without a greeting line at the top and without the
/// closing block ("Sincerely," and the name, title and company under it, or a "--" signature).
///
/// Heuristic and conservative: a closing counts only when it stands on its own line (possibly
/// followed by a name on the same line) with at most [`MAX_SIGNATURE_LINES`] lines after it, and
/// never removes the whole text.
pub fn content(text: &str) -> &str {
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .scan(0, |at, line| {
            let start = *at;
            *at += line.len();
            Some((start, line))
        })
        .collect();
    let nonempty: Vec<usize> = (0..lines.len()).filter(|&i| !words(lines[i].1).is_empty()).collect();
    if nonempty.len() < 2 {
        return text;
    }
    let mut start = 0;
    let first = nonempty[0];
    let first_words = words(lines[first].1);
    if first_words.len() <= MAX_GREETING_WORDS && GREETINGS.iter().any(|g| starts_with_phrase(&first_words, g)) {
        start = lines[first].0 + lines[first].1.len();
    }
    let mut end = text.len();
    // The earliest qualifying line among the last few, so "Thanks," above "Best regards," goes too.
    let tail = nonempty[nonempty.len().saturating_sub(MAX_SIGNATURE_LINES + 1)].max(first + 1);
    for &(at, line) in &lines[tail..] {
        let line = line.trim();
        let w = words(line);
        let closing = CLOSINGS.iter().any(|c| starts_with_phrase(&w, c) && w.len() <= c.split(' ').count() + 4);
        let dashes = line.starts_with("--") || line.starts_with('—') || line.starts_with('–');
        if closing || dashes {
            end = at;
            break;
        }
    }
    if end <= start || words(&text[start..end]).is_empty() {
        return text;
    }
    &text[start..end]
}

/// The comparable content of a text as sentences of folded words (see [`content`]).
pub fn sentences(text: &str) -> Vec<Vec<String>> {
    content(text).split(['.', '!', '?', ';', '\n', '¿', '¡', '。']).map(words).filter(|s| !s.is_empty()).collect()
}
