//! OPML: import the feeds of an OPML file (`feeds_opml` in the config) and export the
//! configured feeds (`newshound export-opml`), so subscriptions move between readers.

use crate::text::decode_entities;

/// A feed found in an OPML document.
#[derive(Debug, Clone, PartialEq)]
pub struct OpmlFeed {
    /// `xmlUrl`.
    pub url: String,
    /// `title`, else `text`.
    pub name: Option<String>,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let key = format!("{}=", name.to_ascii_lowercase());
    let mut from = 0;
    while let Some(p) = lower[from..].find(&key) {
        let at = from + p;
        // must start an attribute name (preceded by whitespace)
        if at > 0 && !lower.as_bytes()[at - 1].is_ascii_whitespace() {
            from = at + key.len();
            continue;
        }
        let rest = &tag[at + key.len()..];
        let q = rest.chars().next()?;
        if q != '"' && q != '\'' {
            return None;
        }
        let end = rest[1..].find(q)?;
        return Some(decode_entities(&rest[1..1 + end]));
    }
    None
}

/// Every `<outline xmlUrl="…">` in the document, in order.
pub fn parse(doc: &str) -> Vec<OpmlFeed> {
    let mut out = Vec::new();
    let mut rest = doc;
    while let Some(p) = rest.find("<outline") {
        let after = &rest[p..];
        let end = after.find('>').unwrap_or(after.len());
        let tag = &after[..end];
        if let Some(url) = attr(tag, "xmlUrl").filter(|u| !u.trim().is_empty()) {
            let name = attr(tag, "title")
                .or_else(|| attr(tag, "text"))
                .filter(|n| !n.trim().is_empty());
            out.push(OpmlFeed {
                url: url.trim().to_string(),
                name,
            });
        }
        rest = &after[end.min(after.len())..];
        if rest.is_empty() {
            break;
        }
        rest = &rest[1.min(rest.len())..];
    }
    out
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// An OPML 2.0 document listing the feeds.
pub fn export(feeds: &[crate::config::FeedConfig]) -> String {
    let mut o = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head><title>newshound feeds</title></head>\n  <body>\n");
    for f in feeds {
        o.push_str(&format!(
            "    <outline type=\"rss\" text=\"{}\" title=\"{}\" xmlUrl=\"{}\"/>\n",
            esc(&f.name),
            esc(&f.name),
            esc(&f.url)
        ));
    }
    o.push_str("  </body>\n</opml>\n");
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_nested_outlines_and_entities() {
        let doc = r#"<opml version="1.0"><body><outline text="News">
            <outline text="A &amp; B" xmlUrl="https://a.example/rss?x=1&amp;y=2" type="rss"/>
            <outline title='C' text="c" xmlUrl='http://c.example/feed'/>
            <outline text="folder only"/></outline></body></opml>"#;
        let f = parse(doc);
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].url, "https://a.example/rss?x=1&y=2");
        assert_eq!(f[0].name.as_deref(), Some("A & B"));
        assert_eq!(f[1].name.as_deref(), Some("C"));
    }

    #[test]
    fn export_round_trips() {
        let feeds = vec![crate::config::FeedConfig {
            url: "https://x.example/a?b=1&c=2".into(),
            name: "X <News>".into(),
            interval: std::time::Duration::from_secs(60),
            expect_update: None,
            adaptive: None,
        }];
        let back = parse(&export(&feeds));
        assert_eq!(
            back,
            vec![OpmlFeed {
                url: feeds[0].url.clone(),
                name: Some(feeds[0].name.clone())
            }]
        );
    }
}
