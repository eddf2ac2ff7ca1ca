//! Percent-encoding of addresses (RFC 3986), with the `percent-encoding` crate: path segments
//! and query values both ways. Every address the frontend builds and every segment or query
//! the worker reads goes through here, so encoding is written once.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// What must be escaped in a path segment or a query value: all but RFC 3986's unreserved
/// characters (`A–Z a–z 0–9 - . _ ~`).
pub const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// Percent-encodes a path segment or a query-string value.
pub fn encode_component(s: &str) -> String {
    utf8_percent_encode(s, COMPONENT).to_string()
}

/// Decodes a path segment: `%XX` escapes (malformed ones stay as typed); `+` is a plus sign.
pub fn decode_component(s: &str) -> String {
    percent_decode_str(s).decode_utf8_lossy().into_owned()
}

/// Decodes a query string (`a=1&b=x%20y`, `+` as space) into pairs.
pub fn decode_query(query: &str) -> Vec<(String, String)> {
    let decode = |s: &str| decode_component(&s.replace('+', " "));
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

/// Pairs to a query string.
pub fn encode_query(pairs: &[(&str, String)]) -> String {
    pairs.iter().map(|(k, v)| format!("{k}={}", encode_component(v))).collect::<Vec<_>>().join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_round_trip_and_escape_all_but_unreserved() {
        assert_eq!(encode_component("SP 2026/ä+&=~-._"), "SP%202026%2F%C3%A4%2B%26%3D~-._");
        for text in ["SP 2026 ABC", "a/b?c#d", "ñandú + 🦀", "%41"] {
            assert_eq!(decode_component(&encode_component(text)), text);
        }
        assert_eq!(decode_component("a+b%zz%4"), "a+b%zz%4", "a plus and malformed escapes stay");
    }
}
