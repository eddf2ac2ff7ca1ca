//! The word diff that shows reviewers how a cluster member differs from its representative.

use super::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiffKind {
    /// In both texts.
    Same,
    /// Only in the member.
    Added,
    /// Only in the representative.
    Removed,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffPart {
    pub kind: DiffKind,
    pub text: String,
}

/// Largest LCS table (cells) computed; beyond it the differing middle is shown as one removal and
/// one addition. 2^21 cells of u16 is 4 MiB, enough for two 5,000-character texts that differ
/// throughout (about 900 words each).
pub(super) const MAX_DIFF_CELLS: usize = 1 << 21;

/// A word and the whitespace after it (the first token may have an empty word and hold the
/// text's leading whitespace).
pub(super) fn diff_tokens(text: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let lead = text.len() - text.trim_start().len();
    if lead > 0 {
        out.push(("", &text[..lead]));
    }
    let mut rest = &text[lead..];
    while !rest.is_empty() {
        let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let after = &rest[word_end..];
        let ws_end = word_end + (after.len() - after.trim_start().len());
        out.push((&rest[..word_end], &rest[word_end..ws_end]));
        rest = &rest[ws_end..];
    }
    out
}

/// How `member` differs from `representative`, word by word (a longest common subsequence of
/// words): the `Same` and `Removed` parts concatenate to the representative, the `Same` and
/// `Added` parts to the member. Words compare exactly (case and punctuation count: the view
/// shows what was typed); a change of spacing only shows as a whitespace change.
pub fn diff_words(representative: &str, member: &str) -> Vec<DiffPart> {
    let a = diff_tokens(representative);
    let b = diff_tokens(member);
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x.0 == y.0).count();
    let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x.0 == y.0).count();
    let (am, bm) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);

    let mut out: Vec<DiffPart> = Vec::new();
    let mut push = |kind: DiffKind, text: &str| {
        if text.is_empty() {
            return;
        }
        match out.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(text),
            _ => out.push(DiffPart { kind, text: text.to_owned() }),
        }
    };
    let same = |push: &mut dyn FnMut(DiffKind, &str), x: (&str, &str), y: (&str, &str)| {
        push(DiffKind::Same, x.0);
        if x.1 == y.1 {
            push(DiffKind::Same, x.1);
        } else {
            push(DiffKind::Removed, x.1);
            push(DiffKind::Added, y.1);
        }
    };

    for i in 0..prefix {
        same(&mut push, a[i], b[i]);
    }
    if (am.len() + 1) * (bm.len() + 1) > MAX_DIFF_CELLS {
        am.iter().for_each(|t| {
            push(DiffKind::Removed, t.0);
            push(DiffKind::Removed, t.1)
        });
        bm.iter().for_each(|t| {
            push(DiffKind::Added, t.0);
            push(DiffKind::Added, t.1)
        });
    } else {
        // lcs[i][j]: LCS length of am[i..] and bm[j..]; u16 as texts are at most 5,000 characters
        // (and the table size bounds the lengths anyway).
        let w = bm.len() + 1;
        let mut lcs = vec![0u16; (am.len() + 1) * w];
        for i in (0..am.len()).rev() {
            for j in (0..bm.len()).rev() {
                lcs[i * w + j] = if am[i].0 == bm[j].0 {
                    lcs[(i + 1) * w + j + 1] + 1
                } else {
                    lcs[(i + 1) * w + j].max(lcs[i * w + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        // Within a changed stretch, removals come before additions.
        let mut added: Vec<(&str, &str)> = Vec::new();
        while i < am.len() || j < bm.len() {
            if i < am.len() && j < bm.len() && am[i].0 == bm[j].0 {
                for t in added.drain(..) {
                    push(DiffKind::Added, t.0);
                    push(DiffKind::Added, t.1);
                }
                same(&mut push, am[i], bm[j]);
                i += 1;
                j += 1;
            } else if j < bm.len() && (i == am.len() || lcs[i * w + j + 1] >= lcs[(i + 1) * w + j]) {
                added.push(bm[j]);
                j += 1;
            } else {
                push(DiffKind::Removed, am[i].0);
                push(DiffKind::Removed, am[i].1);
                i += 1;
            }
        }
        for t in added.drain(..) {
            push(DiffKind::Added, t.0);
            push(DiffKind::Added, t.1);
        }
    }
    for k in 0..suffix {
        same(&mut push, a[a.len() - suffix + k], b[b.len() - suffix + k]);
    }
    out
}
