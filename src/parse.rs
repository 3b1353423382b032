//! Feed parsing with feed-rs, hardened: input is transcoded to UTF-8 first (BOM, XML
//! declaration, HTTP charset), `<rss>` without a version is repaired, and the parser
//! runs under `catch_unwind` so a panic inside it costs one feed, never the daemon.

use chrono::{DateTime, Utc};

/// One entry as the feed gave it, before normalisation.
#[derive(Debug, Clone, PartialEq)]
pub struct RawEntry {
    /// GUID/id (feed-rs synthesises one when missing; we record whether it did).
    pub guid: Option<String>,
    /// First link as given.
    pub link: Option<String>,
    /// Title (may contain HTML).
    pub title: String,
    /// Summary or content (may contain HTML).
    pub body: String,
    /// Published (or updated) time.
    pub published: Option<DateTime<Utc>>,
    /// The feed's own title (the channel's): outlets end headlines with it ("… - Lagos
    /// Ledger"), which `normalise` strips.
    pub site: Option<String>,
}

/// Why a body is not a feed.
#[derive(Debug, thiserror::Error)]
pub enum ParseError {
    /// The document is HTML, not a feed.
    #[error("the server sent an HTML page, not a feed (check the feed URL)")]
    Html,
    /// feed-rs rejected it.
    #[error("not a valid RSS/Atom/JSON feed: {0}")]
    Invalid(String),
    /// The parser panicked (a bug in the parser on hostile input).
    #[error("the feed parser crashed on this document")]
    Panic,
}

/// Transcodes to UTF-8 using the BOM, the XML declaration or the HTTP charset.
pub fn to_utf8(body: &[u8], content_type: Option<&str>) -> String {
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(body) {
        let (s, _) = enc.decode_without_bom_handling(&body[bom_len..]);
        return s.into_owned();
    }
    // UTF-16 without a BOM, recognised by "<?" as 16-bit units (XML spec, appendix F)
    if body.len() >= 4 {
        let enc = match &body[..4] {
            [0, b'<', 0, b'?'] | [0, b'<', 0, _] => Some(encoding_rs::UTF_16BE),
            [b'<', 0, b'?', 0] | [b'<', 0, _, 0] => Some(encoding_rs::UTF_16LE),
            _ => None,
        };
        if let Some(enc) = enc {
            let (s, _) = enc.decode_without_bom_handling(body);
            return s.into_owned();
        }
    }
    // declaration: look at the first 200 bytes as ASCII
    let head: String = body
        .iter()
        .take(200)
        .map(|&b| if b.is_ascii() { b as char } else { ' ' })
        .collect();
    let mut label: Option<String> = None;
    if let Some(p) = head.find("encoding=") {
        let rest = &head[p + 9..];
        if let Some(q @ ('"' | '\'')) = rest.chars().next() {
            // head is ASCII, so byte 1 is a character boundary
            if let Some(val) = rest.get(1..).and_then(|r| r.find(q).map(|end| &r[..end])) {
                label = Some(val.to_string());
            }
        }
    }
    if label.is_none() {
        if let Some(ct) = content_type {
            if let Some(p) = ct.to_ascii_lowercase().find("charset=") {
                label = Some(
                    ct[p + 8..]
                        .trim_matches(|c| c == '"' || c == ' ' || c == ';')
                        .to_string(),
                );
            }
        }
    }
    let enc = label
        .and_then(|l| encoding_rs::Encoding::for_label(l.trim().as_bytes()))
        .unwrap_or(encoding_rs::UTF_8);
    if enc == encoding_rs::UTF_8 {
        return String::from_utf8_lossy(body).into_owned();
    }
    let (s, _, _) = enc.decode(body);
    s.into_owned()
}

/// Repairs what real feeds get wrong and feed-rs refuses.
fn repair(xml: String) -> String {
    let mut xml = xml;
    // drop the encoding from the declaration: the text is UTF-8 now
    if xml.trim_start().starts_with("<?xml") {
        if let Some(end) = xml.find("?>") {
            xml = format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>{}",
                &xml[end + 2..]
            );
        }
    }
    if let Some(p) = xml.find("<rss") {
        let tag_end = xml[p..].find('>').map(|e| p + e).unwrap_or(xml.len());
        if !xml[p..tag_end].contains("version") {
            xml.insert_str(p + 4, " version=\"2.0\"");
        }
        if !xml.contains("<channel") {
            if let (Some(open_end), Some(close)) =
                (xml[p..].find('>').map(|e| p + e + 1), xml.rfind("</rss>"))
            {
                if open_end <= close {
                    xml = format!(
                        "{}<channel>{}</channel>{}",
                        &xml[..open_end],
                        &xml[open_end..close],
                        &xml[close..]
                    );
                }
            }
        }
    }
    xml
}

/// Parses a feed document into entries.
pub fn parse_feed(body: &[u8], content_type: Option<&str>) -> Result<Vec<RawEntry>, ParseError> {
    parse_feed_ttl(body, content_type).map(|(e, _)| e)
}

/// Parses a feed document into entries and its `<ttl>` (minutes), if any.
pub fn parse_feed_ttl(
    body: &[u8],
    content_type: Option<&str>,
) -> Result<(Vec<RawEntry>, Option<u32>), ParseError> {
    let text = to_utf8(body, content_type);
    let trimmed = text.trim_start();
    let lower_head: String = trimmed.chars().take(300).collect::<String>().to_lowercase();
    if lower_head.starts_with("<!doctype html") || lower_head.starts_with("<html") {
        return Err(ParseError::Html);
    }
    let json = trimmed.starts_with('{');
    let doc = if json { text } else { repair(text) };
    let parsed = std::panic::catch_unwind(|| {
        feed_rs::parser::Builder::new()
            .sanitize_content(false)
            .build()
            .parse(doc.as_bytes())
    });
    let feed = match parsed {
        Err(_) => return Err(ParseError::Panic),
        Ok(Err(e)) => return Err(ParseError::Invalid(e.to_string())),
        Ok(Ok(f)) => f,
    };
    let ttl = feed.ttl;
    let site = feed
        .title
        .as_ref()
        .map(|t| t.content.trim().to_string())
        .filter(|t| !t.is_empty());
    let entries = feed
        .entries
        .into_iter()
        .map(|e| {
            let body = e
                .content
                .as_ref()
                .and_then(|c| c.body.clone())
                .filter(|b| !b.trim().is_empty())
                .or_else(|| e.summary.as_ref().map(|s| s.content.clone()))
                .unwrap_or_default();
            // feed-rs makes up an id (a hash) when the entry has none; ids that are
            // 32 hex chars and appear nowhere in the document are treated as missing
            let guid = if e.id.len() == 32
                && e.id.chars().all(|c| c.is_ascii_hexdigit())
                && !doc.contains(&e.id)
            {
                None
            } else {
                Some(e.id.clone())
            };
            RawEntry {
                guid,
                link: e.links.first().map(|l| l.href.clone()),
                title: e.title.map(|t| t.content).unwrap_or_default(),
                body,
                published: e.published.or(e.updated),
                site: site.clone(),
            }
        })
        .collect();
    Ok((entries, ttl))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_without_version_or_channel_is_repaired() {
        let x = b"<rss><item><title>A</title><link>http://x/a</link></item></rss>";
        let e = parse_feed(x, None).unwrap();
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].title, "A");
        assert_eq!(e[0].guid, None);
    }

    #[test]
    fn latin1_declared_charset_is_decoded() {
        let mut x = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><item><title>Caf".to_vec();
        x.push(0xE9);
        x.extend_from_slice(b"</title><guid>g1</guid></item></channel></rss>");
        let e = parse_feed(&x, None).unwrap();
        assert_eq!(e[0].title, "Café");
        assert_eq!(e[0].guid.as_deref(), Some("g1"));
    }

    #[test]
    fn utf16_without_bom_is_detected() {
        let xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss version=\"2.0\"><channel><item><title>Ü</title><guid>u</guid></item></channel></rss>";
        let be: Vec<u8> = xml.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        let le: Vec<u8> = xml.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert_eq!(parse_feed(&be, None).unwrap()[0].title, "Ü");
        assert_eq!(parse_feed(&le, None).unwrap()[0].title, "Ü");
    }

    #[test]
    fn truncated_declarations_do_not_panic() {
        assert!(parse_feed(b"<?xml version=\"1.0\" encoding=", None).is_err());
        assert!(parse_feed(b"<?xml version=\"1.0\" encoding=\"", None).is_err());
        assert!(parse_feed(b"x", Some("text/xml; charset=")).is_err());
    }

    #[test]
    fn html_and_garbage_are_errors() {
        assert!(matches!(
            parse_feed(b"<!DOCTYPE html><html></html>", None),
            Err(ParseError::Html)
        ));
        assert!(parse_feed(b"not a feed", None).is_err());
    }

    #[test]
    fn json_feed_and_atom_parse() {
        let j = br#"{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":"1","url":"http://x/1","title":"One","content_text":"Body"}]}"#;
        assert_eq!(parse_feed(j, None).unwrap()[0].title, "One");
        let a = br#"<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>f</id><updated>2024-01-01T00:00:00Z</updated><entry><id>e1</id><title>Two</title><updated>2024-01-01T00:00:00Z</updated><link href="http://x/2"/></entry></feed>"#;
        let e = parse_feed(a, None).unwrap();
        assert_eq!(e[0].link.as_deref(), Some("http://x/2"));
    }
}
