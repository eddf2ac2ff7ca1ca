//! Files attached to feedback: which kinds are accepted, recognised by their content (the first
//! bytes and, for Office files, the parts inside the ZIP), not by the name a browser reports.
//!
//! A file whose name says one kind and whose bytes say another is refused: a `.pdf` that is
//! really an HTML page must never be stored, let alone served back.

use crate::code_enum;
use crate::text::Problem;

/// At most this many files per submission.
pub const MAX_FILES: usize = 5;
/// At most this many bytes per file (10 MB).
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
pub const FILE_NAME_MAX: usize = 150;

code_enum! {
    /// The kinds of file the portal accepts.
    pub enum FileKind {
        Pdf = "pdf",
        Png = "png",
        Jpeg = "jpeg",
        Docx = "docx",
        Xlsx = "xlsx",
        Text = "text",
    }
}

impl FileKind {
    /// The media type the file is served with.
    pub fn media_type(self) -> &'static str {
        match self {
            FileKind::Pdf => "application/pdf",
            FileKind::Png => "image/png",
            FileKind::Jpeg => "image/jpeg",
            FileKind::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            FileKind::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            FileKind::Text => "text/plain; charset=utf-8",
        }
    }

    /// File name extensions (lower case) that may carry this kind.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            FileKind::Pdf => &["pdf"],
            FileKind::Png => &["png"],
            FileKind::Jpeg => &["jpg", "jpeg"],
            FileKind::Docx => &["docx"],
            FileKind::Xlsx => &["xlsx"],
            FileKind::Text => &["txt"],
        }
    }

    /// What the browser's file picker offers (`accept` attribute).
    pub fn accept_attribute() -> String {
        FileKind::ALL.iter().flat_map(|k| k.extensions()).map(|e| format!(".{e}")).collect::<Vec<_>>().join(",")
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The kind of file these bytes are, if it is one we accept.
pub fn sniff(bytes: &[u8]) -> Option<FileKind> {
    if bytes.starts_with(b"%PDF-") {
        return Some(FileKind::Pdf);
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some(FileKind::Png);
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Some(FileKind::Jpeg);
    }
    // Office Open XML files are ZIP archives; the names of their parts are stored uncompressed
    // in the archive's headers, so the part that makes a file Word or Excel can be found as bytes.
    if bytes.starts_with(b"PK\x03\x04") && contains(bytes, b"[Content_Types].xml") {
        if contains(bytes, b"word/document.xml") {
            return Some(FileKind::Docx);
        }
        if contains(bytes, b"xl/workbook.xml") {
            return Some(FileKind::Xlsx);
        }
        return None;
    }
    // Plain text: UTF-8 with no control characters other than tab, line breaks and form feed.
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).ok()?;
    let plain = !text.is_empty() && text.chars().all(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r' | '\x0C'));
    plain.then_some(FileKind::Text)
}

/// A file name safe to store and to put in a `Content-Disposition` header: no directories, no
/// control or quoting characters, at most [`FILE_NAME_MAX`] characters, with an extension.
pub fn clean_file_name(raw: &str) -> Result<String, Problem> {
    // Browsers on Windows have sent full paths; keep only the last part.
    let base = raw.rsplit(['/', '\\']).next().unwrap_or("").trim();
    let cleaned: String =
        base.chars().map(|c| if c.is_control() || matches!(c, '"' | '\\' | ';' | '*') { '_' } else { c }).collect();
    let cleaned = cleaned.trim_start_matches('.').trim().to_owned();
    if cleaned.is_empty() {
        return Err(Problem::Required);
    }
    let n = cleaned.chars().count();
    if n > FILE_NAME_MAX {
        return Err(Problem::TooLong { max: FILE_NAME_MAX, actual: n });
    }
    Ok(cleaned)
}

fn extension(name: &str) -> Option<String> {
    let (_, ext) = name.rsplit_once('.')?;
    Some(ext.to_ascii_lowercase())
}

/// Checks an uploaded file: its size, its name and that its content is the kind its name says.
pub fn check(raw_name: &str, bytes: &[u8]) -> Result<(String, FileKind), Problem> {
    if bytes.is_empty() {
        return Err(Problem::EmptyFile);
    }
    if bytes.len() > MAX_BYTES {
        return Err(Problem::FileTooLarge { max_bytes: MAX_BYTES });
    }
    let name = clean_file_name(raw_name)?;
    let ext = extension(&name).ok_or(Problem::UnsupportedFileType)?;
    let claimed = FileKind::ALL.iter().copied().find(|k| k.extensions().contains(&ext.as_str()));
    match (claimed, sniff(bytes)) {
        (Some(c), Some(found)) if c == found => Ok((name, found)),
        _ => Err(Problem::UnsupportedFileType),
    }
}

/// The id of an upload: 32 lower-case hex digits (128 random bits). It is also the R2 key's last
/// part, so a key is never made from anything a person typed.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct AttachmentId(String);

impl AttachmentId {
    pub fn from_random(bytes: [u8; 16]) -> AttachmentId {
        AttachmentId(bytes.iter().map(|b| format!("{b:02x}")).collect())
    }

    pub fn parse(raw: &str) -> Option<AttachmentId> {
        let ok = raw.len() == 32 && raw.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        ok.then(|| AttachmentId(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Where the file lives in the R2 bucket.
    pub fn object_key(&self) -> String {
        format!("attachments/{}", self.0)
    }
}

/// Parses the attachment ids a form refers to: at most [`MAX_FILES`], each well formed, no repeats.
pub fn parse_ids(raw: &[String]) -> Result<Vec<AttachmentId>, Problem> {
    if raw.len() > MAX_FILES {
        return Err(Problem::TooMany { max: MAX_FILES });
    }
    let mut ids: Vec<AttachmentId> = Vec::new();
    for r in raw {
        let id = AttachmentId::parse(r.trim()).ok_or(Problem::NotFound)?;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    Ok(ids)
}

/// A size as people read it: "512 bytes", "34 KB", "2.5 MB".
pub fn human_size(bytes: u64) -> String {
    match bytes {
        b if b < 1024 => format!("{b} bytes"),
        b if b < 1024 * 1024 => format!("{} KB", b.div_ceil(1024)),
        b => format!("{:.1} MB", b as f64 / (1024.0 * 1024.0)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn zip_with(part: &str) -> Vec<u8> {
        let mut v = b"PK\x03\x04\x14\x00\x00\x00".to_vec();
        v.extend_from_slice(b"[Content_Types].xml....");
        v.extend_from_slice(part.as_bytes());
        v.extend_from_slice(&[0, 1, 2, 3, 0xff]);
        v
    }

    #[test]
    fn kinds_are_recognised_by_content() {
        assert_eq!(sniff(b"%PDF-1.7\n..."), Some(FileKind::Pdf));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some(FileKind::Png));
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]), Some(FileKind::Jpeg));
        assert_eq!(sniff(&zip_with("word/document.xml")), Some(FileKind::Docx));
        assert_eq!(sniff(&zip_with("xl/workbook.xml")), Some(FileKind::Xlsx));
        assert_eq!(sniff(&zip_with("ppt/presentation.xml")), None);
        assert_eq!(sniff(b"PK\x03\x04 a plain zip"), None);
        assert_eq!(sniff("Seal checks, señor.\r\n\tLine two".as_bytes()), Some(FileKind::Text));
        assert_eq!(sniff(b"\xEF\xBB\xBFwith a BOM"), Some(FileKind::Text));
        assert_eq!(sniff(b"MZ\x90\x00\x03\x00"), None, "a Windows executable");
        assert_eq!(sniff(b"text with a NUL\0"), None);
        assert_eq!(sniff(&[0xC3, 0x28]), None, "invalid UTF-8");
    }

    #[test]
    fn name_and_content_must_agree() {
        assert_eq!(check("report.PDF", b"%PDF-1.4"), Ok(("report.PDF".into(), FileKind::Pdf)));
        assert_eq!(check("photo.jpeg", &[0xFF, 0xD8, 0xFF, 0xDB]), Ok(("photo.jpeg".into(), FileKind::Jpeg)));
        assert_eq!(check("notes.txt", b"hello"), Ok(("notes.txt".into(), FileKind::Text)));
        // An HTML page renamed to .pdf, or a PDF renamed to .png: refused.
        assert_eq!(check("invoice.pdf", b"<html><script>alert(1)</script>"), Err(Problem::UnsupportedFileType));
        assert_eq!(check("image.png", b"%PDF-1.4"), Err(Problem::UnsupportedFileType));
        assert_eq!(check("page.html", b"<p>hello</p>"), Err(Problem::UnsupportedFileType));
        assert_eq!(check("noextension", b"hello"), Err(Problem::UnsupportedFileType));
        assert_eq!(check("empty.txt", b""), Err(Problem::EmptyFile));
        let big = vec![b'a'; MAX_BYTES + 1];
        assert_eq!(check("big.txt", &big), Err(Problem::FileTooLarge { max_bytes: MAX_BYTES }));
        let exactly = vec![b'a'; MAX_BYTES];
        assert!(check("max.txt", &exactly).is_ok());
    }

    #[test]
    fn file_names_are_made_safe() {
        assert_eq!(clean_file_name("C:\\Users\\me\\plan.pdf"), Ok("plan.pdf".into()));
        assert_eq!(clean_file_name("../../etc/passwd.txt"), Ok("passwd.txt".into()));
        assert_eq!(clean_file_name("a\"b;c\n.txt"), Ok("a_b_c_.txt".into()));
        assert_eq!(clean_file_name("...hidden.txt"), Ok("hidden.txt".into()));
        assert_eq!(clean_file_name("  "), Err(Problem::Required));
        assert_eq!(
            clean_file_name(&format!("{}.txt", "x".repeat(200))),
            Err(Problem::TooLong { max: 150, actual: 204 })
        );
    }

    #[test]
    fn ids() {
        let id = AttachmentId::from_random([0xab; 16]);
        assert_eq!(id.as_str(), "abababababababababababababababab");
        assert_eq!(AttachmentId::parse(id.as_str()), Some(id.clone()));
        assert_eq!(id.object_key(), "attachments/abababababababababababababababab");
        assert_eq!(AttachmentId::parse("ABABABABABABABABABABABABABABABAB"), None);
        assert_eq!(AttachmentId::parse("../x"), None);
        let six: Vec<String> = (0..6u8).map(|i| AttachmentId::from_random([i; 16]).as_str().to_owned()).collect();
        assert_eq!(parse_ids(&six), Err(Problem::TooMany { max: 5 }));
        assert_eq!(parse_ids(&six[..2]).map(|v| v.len()), Ok(2));
        assert_eq!(parse_ids(&[six[0].clone(), six[0].clone()]).map(|v| v.len()), Ok(1));
        assert_eq!(parse_ids(&["nope".into()]), Err(Problem::NotFound));
    }

    #[test]
    fn sizes() {
        assert_eq!(human_size(512), "512 bytes");
        assert_eq!(human_size(34 * 1024), "34 KB");
        assert_eq!(human_size(5 * 1024 * 1024 / 2), "2.5 MB");
    }

    proptest! {
        #[test]
        fn never_panics_and_accepts_only_declared_kinds(name in "\\PC{0,40}", bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            if let Ok((n, kind)) = check(&name, &bytes) {
                prop_assert_eq!(sniff(&bytes), Some(kind));
                prop_assert!(!n.contains('/') && !n.contains('"'));
            }
        }
    }
}
