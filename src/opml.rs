//! OPML: the feeds of an OPML file (`feeds_opml` in the config, read by `Config::load`)
//! and the configured feeds as an OPML document (`newshound export-opml`), so
//! subscriptions move between readers. A format module only: it knows no config.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::text::decode_entities;

/// A feed found in (or written to) an OPML document.
#[derive(Debug, Clone, PartialEq)]
pub struct OpmlFeed {
    /// `xmlUrl`.
    pub url: String,
    /// `title`, else `text`.
    pub name: Option<String>,
}

/// An OPML document that is not well-formed XML.
#[derive(Debug, thiserror::Error)]
#[error("not well-formed OPML at byte {position}: {message} (check the file in an XML validator, or export it again)")]
pub struct OpmlError {
    /// Byte offset of the error.
    pub position: u64,
    /// The XML parser's message.
    pub message: String,
}

/// Every `<outline xmlUrl="…">` in the document, in order, nested ones included.
/// Attribute names are matched without regard to case (`xmlurl` occurs in the wild),
/// and values decoded as HTML text (exports carry `&eacute;` and double escapes).
pub fn parse(doc: &str) -> Result<Vec<OpmlFeed>, OpmlError> {
    let mut reader = Reader::from_str(doc);
    // outlines left open (`<outline text="News">` never closed) are common in
    // hand-edited files; their children still count
    reader.config_mut().check_end_names = false;
    let mut out = Vec::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) if e.name().as_ref() == "outline" => {
                out.extend(outline(&e));
            }
            Ok(Event::Eof) => return Ok(out),
            Ok(_) => {}
            Err(e) => {
                return Err(OpmlError {
                    position: reader.error_position(),
                    message: e.to_string(),
                })
            }
        }
    }
}

/// The feed of one outline element, if it names one.
fn outline(e: &BytesStart) -> Option<OpmlFeed> {
    let attr = |name: &str| -> Option<String> {
        let mut attrs = e.attributes();
        attrs.with_checks(false);
        attrs
            .flatten()
            .find(|a| a.key.as_ref().eq_ignore_ascii_case(name))
            .map(|a| decode_entities(&a.value))
    };
    let url = attr("xmlUrl").filter(|u| !u.trim().is_empty())?;
    Some(OpmlFeed {
        url: url.trim().to_string(),
        name: attr("title")
            .or_else(|| attr("text"))
            .filter(|n| !n.trim().is_empty()),
    })
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// An OPML 2.0 document listing the feeds (a feed without a name is named by its URL).
pub fn export(feeds: &[OpmlFeed]) -> String {
    let mut o = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head><title>newshound feeds</title></head>\n  <body>\n");
    for f in feeds {
        let name = f.name.as_deref().unwrap_or(&f.url);
        o.push_str(&format!(
            "    <outline type=\"rss\" text=\"{}\" title=\"{}\" xmlUrl=\"{}\"/>\n",
            esc(name),
            esc(name),
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
            <outline title='C' text="c" XMLURL='http://c.example/feed'/>
            <!-- <outline xmlUrl="http://commented.example/"/> -->
            <outline text="folder only"/></outline></body></opml>"#;
        let f = parse(doc).unwrap();
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(f[0].url, "https://a.example/rss?x=1&y=2");
        assert_eq!(f[0].name.as_deref(), Some("A & B"));
        assert_eq!(f[1].name.as_deref(), Some("C"));
    }

    #[test]
    fn unclosed_outlines_count_and_broken_xml_is_an_error() {
        let doc = r#"<opml><body><outline text="News"><outline text="a" xmlUrl="http://a.example/"></body></opml>"#;
        assert_eq!(parse(doc).unwrap().len(), 1);
        let err = parse(r#"<opml><body><outline xmlUrl="http://a.example/ </body>"#).unwrap_err();
        assert!(err.to_string().contains("not well-formed OPML"), "{err}");
    }

    #[test]
    fn export_round_trips() {
        let feeds = vec![OpmlFeed {
            url: "https://x.example/a?b=1&c=2".into(),
            name: Some("X <News>".into()),
        }];
        assert_eq!(parse(&export(&feeds)).unwrap(), feeds);
    }
}
