//! Normalisation: item identity, canonical links, clean text and a content hash.
//!
//! Identity follows what avoids duplicate mail in practice (see Miniflux/FreshRSS):
//! the GUID when the feed gives unique ones, else the canonical link, else a hash of
//! title and date. Edited items keep their identity and get a new content hash.

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

use crate::parse::RawEntry;
use crate::text::html_to_text;

/// An item ready for the store.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Stable identity within its feed.
    pub identity: String,
    /// GUID as given.
    pub guid: Option<String>,
    /// Link exactly as the feed gave it (what users and the contract see).
    pub link: Option<String>,
    /// Canonical link (tracking parameters and fragment removed).
    pub canonical_link: Option<String>,
    /// Plain-text title.
    pub title: String,
    /// Plain-text body.
    pub text: String,
    /// Publication time, if the feed gave a plausible one.
    pub published: Option<DateTime<Utc>>,
    /// Hash of title and text, to notice edits.
    pub content_hash: String,
}

const TRACKING: &[&str] = &[
    "fbclid",
    "gclid",
    "dclid",
    "msclkid",
    "mc_cid",
    "mc_eid",
    "igshid",
    "_ga",
    "ref_src",
    "cmpid",
    "ocid",
    "smid",
    "ito",
    "at_medium",
    "at_campaign",
];

/// Drops tracking parameters (`utm_*`, `fbclid`, …) and the fragment; lowercases the host.
pub fn canonical_link(link: &str) -> Option<String> {
    let mut u = url::Url::parse(link.trim()).ok()?;
    u.set_fragment(None);
    let kept: Vec<(String, String)> = u
        .query_pairs()
        .filter(|(k, _)| {
            let k = k.to_ascii_lowercase();
            !k.starts_with("utm_") && !TRACKING.contains(&k.as_str())
        })
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        u.set_query(None);
    } else {
        u.query_pairs_mut().clear().extend_pairs(kept);
    }
    Some(u.to_string())
}

fn hash(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0u8]);
    }
    h.finalize()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Longest stored title, in bytes: beyond it a "title" is a feed bug.
pub const MAX_TITLE: usize = 1024;

/// Longest stored item text, in bytes. Detection reads the headline and the report's
/// sentences; a 5 MiB "item" is an attack or a bug, and keeping all of it would cost
/// analysis memory proportional to it.
pub const MAX_TEXT: usize = 128 * 1024;

/// Blog engines' footers and teasers, which repeat the headline or name the site, not
/// the news: WordPress's "The post <title> appeared first on <site>.", its variants ("This
/// article first appeared on …", "The article … was originally published on …"), and the
/// "[…]" or "(more…)" marks of a cut excerpt. Read as the item's text they add a sentence
/// that names a party ("The post Deutsche Post strike … appeared first on …") and a second
/// copy of the headline.
fn feed_footer() -> &'static regex::Regex {
    static RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(concat!(
            r"(?is)\b(?:the post|this post|the article|this article|this story)\b.{0,400}?",
            r"\b(?:appeared first|first appeared|was originally published|originally appeared)",
            r"\s+(?:on|in|at)\b[^\n]{0,160}?(?:\.|$)",
            r"|\[(?:…|\.\.\.)\]|\(more…\)",
        ))
        .expect("static regex")
    });
    &RE
}

/// "… Continue reading “Mediators meet” →", "Read more": a link to the article at the end
/// of the excerpt, after a sentence ends (never "would read more of the text").
fn feed_teaser() -> &'static regex::Regex {
    static RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(concat!(
            r"(?im)(^|[.!?…”\x22])[ \t]*",
            r"(?:continue reading|read more|read the full (?:story|article)|keep reading)\b[^\n]{0,200}$",
        ))
        .expect("static regex")
    });
    &RE
}

/// "By Maria Lopez and Ahmed Hassan", "By STAFF REPORTER, Reuters", "Photo: AFP": a
/// byline (names only after "By", never "By Monday, both sides had agreed") or a picture
/// credit, standing as the text's first line.
fn is_byline(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() > 12 || words.len() < 2 {
        return false;
    }
    let first = words[0].to_lowercase();
    // ("Photo: AFP", "Image credit: Reuters")
    let credit = ["photo", "photograph", "image", "picture", "video"]
        .iter()
        .any(|w| first.trim_end_matches(':') == *w)
        && line.contains(':');
    if credit {
        return true;
    }
    let small = |w: &str| {
        matches!(
            w,
            "and" | "&" | "of" | "in" | "the" | "for" | "at" | "|" | "-" | "–"
        )
    };
    matches!(first.as_str(), "by" | "from")
        && words[1..].iter().all(|w| {
            let w = w.trim_matches(|c: char| ",;".contains(c));
            w.is_empty() || small(w) || w.starts_with(char::is_uppercase)
        })
        && !line.ends_with('.')
}

/// Letters and digits only, lowercase: to tell a repeated headline whatever its
/// punctuation.
fn letters(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The text without what some feeds put before the news: the headline repeated as its
/// first line or sentence, a byline, a picture credit. The first sentence is the lead the
/// topic and the analysis read with the headline; a byline there hides it.
fn strip_lead(title: &str, text: &str) -> String {
    let head = letters(title);
    let mut rest = text.trim_start();
    loop {
        let line_end = rest.find('\n').unwrap_or(rest.len());
        let line = rest[..line_end].trim();
        if is_byline(line) && line_end < rest.len() {
            rest = rest[line_end..].trim_start();
            continue;
        }
        // the headline again, alone on its line or as the first sentence
        if head.len() >= 12 {
            let mut seen = String::new();
            let cut = rest.char_indices().find_map(|(i, c)| {
                if c.is_alphanumeric() {
                    seen.extend(c.to_lowercase());
                }
                (seen.len() >= head.len()).then_some(i + c.len_utf8())
            });
            if let Some(end) = cut.filter(|_| seen == head) {
                let after = &rest[end..];
                let closes = after
                    .trim_start_matches(|c: char| "\"'”’)]".contains(c))
                    .chars()
                    .next()
                    .is_none_or(|c| {
                        c == '\n'
                            || ".:;!?—–-|".contains(c)
                            || (c.is_whitespace()
                                && after.trim_start().starts_with(char::is_uppercase))
                    });
                let next = after.trim_start_matches(|c: char| {
                    c.is_whitespace() || "\"'”’).:;!?—–-|".contains(c)
                });
                if closes && !next.is_empty() {
                    rest = next;
                    continue;
                }
            }
        }
        return rest.to_string();
    }
}

/// The text without the blog engine's footer, teaser link and cut marks.
fn strip_boilerplate(text: &str) -> String {
    let lower = text.to_lowercase();
    let footer = lower.contains("appeared")
        || lower.contains("originally published")
        || text.contains('[')
        || text.contains("(more");
    let teaser = lower.contains("read");
    if !footer && !teaser {
        return text.to_string();
    }
    let mut out = text.to_string();
    if footer {
        out = feed_footer().replace_all(&out, "").into_owned();
    }
    if teaser {
        out = feed_teaser().replace_all(&out, "$1").into_owned();
    }
    out.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Longest headline made from a text's first sentence, in bytes.
const DERIVED_TITLE: usize = 200;

/// A headline for an entry that has none (social-media and bridge feeds publish text
/// only): the first sentence of its lead, cut at a word. A reader, an alert and the
/// analysis all need one; the text's first sentence is what its author put first.
fn headline_of(text: &str) -> String {
    let lead = crate::text::lead(text);
    crate::text::sentences(lead)
        .into_iter()
        .next()
        .map(|s| clip(s, DERIVED_TITLE))
        .unwrap_or_default()
}

/// Cuts `s` to at most `max` bytes, at the last whitespace before the limit when there
/// is one (never inside a character), marking the cut with an ellipsis.
fn clip(mut s: String, max: usize) -> String {
    if s.len() <= max {
        return s;
    }
    let mut end = max.saturating_sub(3);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    if let Some(ws) = s[..end].rfind(char::is_whitespace) {
        if ws > end / 2 {
            end = ws;
        }
    }
    s.truncate(end);
    s.push('…');
    s
}

/// Separators before an outlet's name at a headline's end ("… - Reuters", "… | Lagos
/// Ledger").
const SITE_SEPARATORS: &[&str] = &[" - ", " | ", " – ", " — "];

/// A headline split at its last separator: the text before it and the name after it.
fn split_site(title: &str) -> Option<(&str, &str)> {
    SITE_SEPARATORS
        .iter()
        .filter_map(|sep| title.rfind(sep).map(|i| (i, sep.len())))
        .max_by_key(|(i, _)| *i)
        .map(|(i, n)| (title[..i].trim_end(), title[i + n..].trim()))
        .filter(|(head, name)| {
            head.split_whitespace().count() >= 2
                && !name.is_empty()
                && name.len() <= 60
                && name.split_whitespace().count() <= 6
        })
}

/// The names this document's outlets end their headlines with: the feed's own title
/// ("Lagos Ledger", or "BBC News" of "BBC News - World"), a name that ends at least two
/// and a third of the document's headlines, and, in an aggregator's feed where most
/// headlines end with a capitalised name ("… - Reuters", "… - Al Jazeera"), each of those.
/// The outlet is not the news: as headline words it joins stories across events and puts
/// a place in a topic ("Beirut Daily Star").
fn site_names(titles: &[String], site: Option<&str>) -> Vec<String> {
    let names: Vec<&str> = titles
        .iter()
        .filter_map(|t| split_site(t).map(|(_, n)| n))
        .collect();
    let mut out: Vec<String> = Vec::new();
    if let Some(site) = site.map(str::to_lowercase) {
        for n in &names {
            let l = n.to_lowercase();
            let same = l == site
                || site
                    .strip_prefix(l.as_str())
                    .is_some_and(|rest| rest.starts_with([' ', ':', '-', '|', ',']))
                || l.strip_prefix(site.as_str())
                    .is_some_and(|rest| rest.starts_with([' ', ':', '-', '|', ',']));
            if same {
                out.push(l);
            }
        }
    }
    let mut counts: std::collections::HashMap<String, usize> = Default::default();
    for n in &names {
        *counts.entry(n.to_lowercase()).or_default() += 1;
    }
    let shared = |c: usize| c >= 2 && c * 3 >= titles.len();
    out.extend(
        counts
            .iter()
            .filter(|(_, &c)| shared(c))
            .map(|(n, _)| n.clone()),
    );
    // (an aggregator: most headlines end with a capitalised name of one to four words)
    // (a name's small words may stay lowercase: "The Times of Israel", "Voice of America")
    let named = |n: &&&str| {
        let words: Vec<&str> = n.split_whitespace().collect();
        let capital = |w: &&str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        words.len() <= 5
            && words.first().is_some_and(capital)
            && words.last().is_some_and(capital)
            && words.iter().all(|w| {
                capital(w) || matches!(*w, "of" | "the" | "and" | "de" | "al" | "el" | "for")
            })
    };
    let capitalised = names.iter().filter(named).count();
    if titles.len() >= 3 && capitalised * 5 >= titles.len() * 3 {
        out.extend(names.iter().filter(named).map(|n| n.to_lowercase()));
    }
    out.sort();
    out.dedup();
    out
}

/// The headline without its outlet's name (`site_names`).
fn strip_site(title: &str, names: &[String]) -> String {
    match split_site(title) {
        Some((head, name)) if names.contains(&name.to_lowercase()) => head.to_string(),
        _ => title.to_string(),
    }
}

/// Normalises one feed's entries, assigning identities that are unique within the feed.
pub fn normalise(entries: Vec<RawEntry>, now: DateTime<Utc>) -> Vec<Item> {
    let mut guid_count = std::collections::HashMap::new();
    for e in &entries {
        if let Some(g) = e.guid.as_deref().filter(|g| !g.trim().is_empty()) {
            *guid_count.entry(g.to_string()).or_insert(0) += 1;
        }
    }
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    let titles: Vec<String> = entries
        .iter()
        .map(|e| html_to_text(&e.title).replace(['\r', '\n'], " "))
        .collect();
    let site = entries.iter().find_map(|e| e.site.as_deref());
    let sites = site_names(&titles, site);
    for (e, title) in entries.into_iter().zip(titles) {
        let body = strip_boilerplate(&html_to_text(&e.body));
        let title = clip(strip_site(&title, &sites), MAX_TITLE);
        let title = if title.trim().is_empty() {
            headline_of(&body)
        } else {
            title
        };
        let text = clip(strip_lead(&title, &body), MAX_TEXT);
        let canonical = e.link.as_deref().and_then(canonical_link);
        // dates in the far future are feed bugs; keep them but not beyond now + 1 day
        let published = e.published.map(|p| {
            if p > now + chrono::Duration::days(1) {
                now
            } else {
                p
            }
        });
        let guid = e
            .guid
            .as_deref()
            .map(str::trim)
            .filter(|g| !g.is_empty())
            .map(String::from);
        let identity = match (&guid, &canonical) {
            (Some(g), _) if guid_count.get(g).copied().unwrap_or(0) == 1 => format!("guid:{g}"),
            (Some(g), Some(c)) => format!("guid+link:{g}|{c}"),
            (None, Some(c)) => format!("link:{c}"),
            _ => format!(
                "hash:{}",
                hash(&[
                    &title,
                    &published.map(|p| p.to_rfc3339()).unwrap_or_default(),
                    &text
                ])
            ),
        };
        if !seen.insert(identity.clone()) {
            continue; // exact duplicate entry inside one document
        }
        let content_hash = hash(&[&title, &text]);
        out.push(Item {
            identity,
            guid,
            link: e.link,
            canonical_link: canonical,
            title,
            text,
            published,
            content_hash,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_headline_a_byline_or_a_credit_is_not_the_lead() {
        let title = "Hamas rejects Israeli offer";
        let cases = [
            (
                "Hamas rejects Israeli offer. The group said the text ignored its demands.",
                "The group said the text ignored its demands.",
            ),
            (
                "HAMAS REJECTS ISRAELI OFFER\nThe group said no.",
                "The group said no.",
            ),
            (
                "By Maria Lopez and Ahmed Hassan\n\nThe group said no.",
                "The group said no.",
            ),
            (
                "By STAFF REPORTER, Reuters\nThe group said no.",
                "The group said no.",
            ),
            ("Photo: AFP\n\nThe group said no.", "The group said no."),
            // (the headline's words going on into a longer sentence, a sentence opening
            // with "By", and a text that is only the headline stay)
            (
                "Hamas rejects Israeli offer on prisoners, officials said.",
                "Hamas rejects Israeli offer on prisoners, officials said.",
            ),
            (
                "By Monday both sides had agreed.\n\nThe text goes to the cabinet.",
                "By Monday both sides had agreed.\n\nThe text goes to the cabinet.",
            ),
            (
                "Hamas rejects Israeli offer.",
                "Hamas rejects Israeli offer.",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(strip_lead(title, text), want, "{text}");
        }
    }

    #[test]
    fn the_outlets_name_at_a_headlines_end_is_dropped() {
        let titles = |site: Option<&str>, ts: &[&str]| -> Vec<String> {
            let entries = ts
                .iter()
                .enumerate()
                .map(|(i, t)| RawEntry {
                    site: site.map(String::from),
                    ..entry(Some(&format!("g{i}")), None, t)
                })
                .collect();
            normalise(entries, Utc::now())
                .into_iter()
                .map(|i| i.title)
                .collect()
        };
        // the feed's own title, alone or as the head of a longer channel title
        assert_eq!(
            titles(
                Some("Lagos Ledger"),
                &["Talks resume in Abuja - Lagos Ledger"]
            ),
            ["Talks resume in Abuja"]
        );
        assert_eq!(
            titles(
                Some("BBC News - World"),
                &["Sudan talks collapse | BBC News"]
            ),
            ["Sudan talks collapse"]
        );
        // a name that ends several of the document's headlines
        assert_eq!(
            titles(
                None,
                &[
                    "Union rejects offer – Port Wire",
                    "Strike begins at dawn – Port Wire",
                    "Ferry loan agreed"
                ]
            ),
            [
                "Union rejects offer",
                "Strike begins at dawn",
                "Ferry loan agreed"
            ]
        );
        // an aggregator: most headlines end with another outlet's name
        assert_eq!(
            titles(
                Some("Google News"),
                &[
                    "Hamas accepts truce plan - Reuters",
                    "Israel weighs reply - The Times of Israel",
                    "Mediators meet in Cairo - Al Jazeera"
                ]
            ),
            [
                "Hamas accepts truce plan",
                "Israel weighs reply",
                "Mediators meet in Cairo"
            ]
        );
        // what only looks like a name stays: one headline, no feed title to match
        assert_eq!(
            titles(None, &["Gaza truce talks - what we know so far"]),
            ["Gaza truce talks - what we know so far"]
        );
        assert_eq!(
            titles(Some("Lagos Ledger"), &["Talks resume - again"]),
            ["Talks resume - again"]
        );
    }

    #[test]
    fn blog_footers_and_teaser_marks_are_not_the_news() {
        let cases = [
            (
                "Unions reject the offer. The post Deutsche Post strike: ver.di rejects offer appeared first on Labour Wire.",
                "Unions reject the offer.",
            ),
            (
                "Talks resume in Doha [\u{2026}]\n\nThis article first appeared on Gulf Times.",
                "Talks resume in Doha",
            ),
            (
                "The mediators met on Monday. Continue reading \u{201c}Mediators meet\u{201d} \u{2192}",
                "The mediators met on Monday.",
            ),
            ("The envoy left for Cairo (more\u{2026})", "The envoy left for Cairo"),
            // (a post that reports the news, and words that only look like a footer)
            (
                "Hamas said it would read more of the text before replying.",
                "Hamas said it would read more of the text before replying.",
            ),
            (
                "The post of chief negotiator went to Hamdan. He read the text aloud.",
                "The post of chief negotiator went to Hamdan. He read the text aloud.",
            ),
        ];
        for (input, want) in cases {
            assert_eq!(strip_boilerplate(input), want, "{input}");
        }
        // the stored text of a WordPress item, as its feed gives it
        let mut wp = entry(Some("w"), Some("https://x/w"), "Union rejects offer");
        wp.body = "<p>The union said no. [&hellip;]</p><p>The post <a href=\"https://x/w\">Union rejects offer</a> appeared first on <a href=\"https://x\">Port News</a>.</p>".into();
        assert_eq!(
            normalise(vec![wp], Utc::now())[0].text,
            "The union said no."
        );
    }

    fn entry(guid: Option<&str>, link: Option<&str>, title: &str) -> RawEntry {
        RawEntry {
            guid: guid.map(String::from),
            link: link.map(String::from),
            title: title.into(),
            body: "<p>b</p>".into(),
            published: None,
            site: None,
        }
    }

    #[test]
    fn an_entry_without_a_headline_gets_its_first_sentence() {
        let mut e = entry(Some("g"), None, "  ");
        e.body = "<p>Hamas rejects the Israeli proposal. The group said the text ignored its \
                  demands.</p><p>More later.</p>"
            .into();
        let it = &normalise(vec![e], Utc::now())[0];
        assert_eq!(it.title, "Hamas rejects the Israeli proposal.");
        assert_eq!(
            it.text,
            "The group said the text ignored its demands.\n\nMore later."
        );
        // (a long first sentence is cut at a word)
        let mut e = entry(Some("h"), None, "");
        e.body = format!("Talks {} resumed.", "and talks ".repeat(40));
        let it = &normalise(vec![e], Utc::now())[0];
        assert!(
            it.title.len() <= DERIVED_TITLE && it.title.ends_with('…'),
            "{}",
            it.title
        );
        // (no text at all: no headline either)
        let mut e = entry(Some("i"), None, "");
        e.body = String::new();
        assert_eq!(normalise(vec![e], Utc::now())[0].title, "");
    }

    #[test]
    fn canonical_links_drop_tracking_and_fragment() {
        assert_eq!(
            canonical_link("https://Ex.org/a?utm_source=x&id=3&fbclid=y#top").as_deref(),
            Some("https://ex.org/a?id=3")
        );
        assert_eq!(
            canonical_link("https://ex.org/a?gclid=1").as_deref(),
            Some("https://ex.org/a")
        );
        assert_eq!(canonical_link("not a url"), None);
    }

    #[test]
    fn identity_prefers_unique_guid_then_link_then_hash() {
        let items = normalise(
            vec![
                entry(Some("g1"), Some("https://x/1"), "A"),
                entry(Some("dup"), Some("https://x/2"), "B"),
                entry(Some("dup"), Some("https://x/3"), "C"),
                entry(None, Some("https://x/4?utm_medium=rss"), "D"),
                entry(None, None, "E"),
            ],
            Utc::now(),
        );
        assert_eq!(items[0].identity, "guid:g1");
        assert!(items[1].identity.starts_with("guid+link:dup|"));
        assert_ne!(items[1].identity, items[2].identity);
        assert_eq!(items[3].identity, "link:https://x/4");
        assert!(items[4].identity.starts_with("hash:"));
        assert_eq!(items[0].text, "b");
    }

    #[test]
    fn edited_title_keeps_identity_changes_hash() {
        let a = normalise(vec![entry(Some("g"), None, "Old")], Utc::now());
        let b = normalise(vec![entry(Some("g"), None, "New")], Utc::now());
        assert_eq!(a[0].identity, b[0].identity);
        assert_ne!(a[0].content_hash, b[0].content_hash);
    }

    #[test]
    fn huge_text_is_clipped_at_a_word_and_never_inside_a_character() {
        let long = "é ".repeat(MAX_TEXT);
        let c = clip(long, MAX_TEXT);
        assert!(c.len() <= MAX_TEXT, "{}", c.len());
        assert!(c.ends_with('…'));
        assert!(c.trim_end_matches('…').ends_with('é'), "cut at whitespace");
        let one_word = "x".repeat(MAX_TEXT * 2);
        assert!(clip(one_word, MAX_TEXT).len() <= MAX_TEXT);
        assert_eq!(clip("short".into(), MAX_TEXT), "short");
    }
}
