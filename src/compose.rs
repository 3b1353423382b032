//! The words and layout of alert and digest emails: a plain-text part that reads well on
//! its own, and an HTML part in the web view's visual language with inline styles only
//! (mail clients drop `<style>` blocks and never load remote CSS).
//!
//! Order, in both parts: header (watchlist, what happened in words, kind, actors), the
//! evidence quote, the outlets with human times, the story so far as a short timeline,
//! and a link to the web view's story page when `[web] public_url` is set.

use maud::{html, Markup, DOCTYPE};

use crate::present::{self, actor_list, kind_colours, kind_label, safe_link};
use crate::store::outbox::{AlertMessage, EarlierDevelopment};

/// Earlier developments shown in "the story so far" (the newest ones).
const STORY_SO_FAR: usize = 8;

const INK: &str = "#1c2430";
const MUTED: &str = "#5d6776";
const LINE: &str = "#e3e6ea";
const PAGE: &str = "#f6f5f1";
const LINK: &str = "#1d55a6";
const FONT: &str =
    "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif";

/// How emails are written for this config: the time zone of the times, the custom
/// kinds' descriptions and the web view's address for links.
#[derive(Debug, Clone)]
pub struct Presentation {
    /// `[alerts] timezone`.
    pub tz: crate::tz::TimeZone,
    /// `[[development]]` kinds.
    pub user_kinds: Vec<crate::config::DevelopmentConfig>,
    /// `[web] public_url`, without a trailing `/`.
    pub public_url: Option<String>,
}

impl Presentation {
    /// From the config.
    pub fn new(cfg: &crate::config::Config) -> Presentation {
        Presentation {
            tz: cfg.alerts.timezone,
            user_kinds: cfg.developments.clone(),
            public_url: cfg.web.public_url.clone(),
        }
    }

    /// The web view's page of a story, when `public_url` is set.
    pub fn story_url(&self, story: i64) -> Option<String> {
        self.public_url
            .as_ref()
            .map(|u| format!("{u}/stories/{story}"))
    }
}

/// Removes control characters so feed text can never break a header.
pub(crate) fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

impl AlertMessage {
    /// Distinct outlets reporting it (all reports, not only the listed ones).
    fn outlet_count(&self) -> usize {
        let listed: std::collections::BTreeSet<&str> =
            self.items.iter().map(|i| i.outlet.as_str()).collect();
        listed.len().max(self.outlets)
    }

    /// Reports not listed in the email.
    fn unlisted(&self) -> usize {
        self.total_reports.saturating_sub(self.items.len())
    }

    /// What happened, as a sentence: "Israel and Hamas reach an agreement".
    pub fn sentence(&self, p: &Presentation) -> String {
        present::sentence(&self.kind, &self.actors, &p.user_kinds)
    }

    /// `[watchlist] Israel withdraws its delegation: headline of the reporting item`.
    pub fn subject(&self, p: &Presentation) -> String {
        let s = one_line(&format!(
            "[{}] {}: {}",
            self.watchlist,
            self.sentence(p),
            self.headline
        ));
        if s.chars().count() > 180 {
            format!("{}…", s.chars().take(178).collect::<String>())
        } else {
            s
        }
    }

    /// How sure we are, in words: independent outlets and how the sentence was read.
    pub fn confidence(&self) -> String {
        let level = match self.outlet_count() {
            0 | 1 => "single source".to_string(),
            2 => "confirmed by 2 outlets".to_string(),
            n => format!("high — confirmed by {n} independent outlets"),
        };
        format!("Confidence: {level}; stated as fact, not as a plan, threat, condition or denial.")
    }

    fn reported_by(&self) -> String {
        match self.outlet_count() {
            1 => "Reported by 1 outlet".into(),
            n => format!("Reported by {n} outlets"),
        }
    }

    /// The story so far: the newest earlier developments and this one, oldest first.
    fn so_far(&self) -> (usize, Vec<EarlierDevelopment>) {
        let skip = self.earlier.len().saturating_sub(STORY_SO_FAR);
        let mut v: Vec<EarlierDevelopment> = self.earlier[skip..].to_vec();
        v.push(EarlierDevelopment {
            kind: self.kind.clone(),
            actors: self.actors.clone(),
            at: self.event_time.clone(),
        });
        (skip, v)
    }

    /// The plain-text body.
    pub fn text(&self, p: &Presentation) -> String {
        let tz = &p.tz;
        let mut b = format!(
            "{}\n{} · {} · actors: {} · {}\n\n",
            self.sentence(p),
            self.watchlist,
            kind_label(&self.kind),
            present::actor_list(&self.actors),
            tz.human_str(&self.event_time)
        );
        b.push_str(&format!(
            "  “{}”\n\n{}\n\n",
            one_line(&self.evidence),
            self.confidence()
        ));
        b.push_str(&format!("{}:\n", self.reported_by()));
        for i in &self.items {
            b.push_str(&format!(
                "- {} — {}\n  {} · {}\n",
                one_line(&i.outlet),
                one_line(&i.title),
                tz.human_str(&i.published),
                i.link
                    .as_deref()
                    .map(one_line)
                    .unwrap_or_else(|| "(no link)".into())
            ));
        }
        if self.unlisted() > 0 {
            b.push_str(&format!("- … and {} more report(s)\n", self.unlisted()));
        }
        let (skipped, so_far) = self.so_far();
        if so_far.len() > 1 {
            b.push_str("\nThe story so far:\n");
            if skipped > 0 {
                b.push_str(&format!("  … {skipped} earlier development(s)\n"));
            }
            let last = so_far.len() - 1;
            for (n, e) in so_far.iter().enumerate() {
                b.push_str(&format!(
                    "  {}  {}{}\n",
                    tz.human_str(&e.at),
                    present::sentence(&e.kind, &e.actors, &p.user_kinds),
                    if n == last { "  ← this alert" } else { "" }
                ));
            }
        }
        b.push_str(&format!("\nStory: {}\n", one_line(&self.story_title)));
        if let Some(u) = p.story_url(self.story_id) {
            b.push_str(&format!("Open the story: {u}\n"));
        }
        b.push_str(&format!(
            "Development #{} — `newshound explain <link>` shows why. Times in {}.\n",
            self.development_id,
            tz.label()
        ));
        b
    }

    /// The HTML body: our template, every feed string escaped, inline styles only, no
    /// remote content.
    pub fn html(&self, p: &Presentation) -> String {
        let body = html! {
            (header_row(&format!("newshound · {}", self.watchlist)))
            (development_block(self, p, true))
            @let (skipped, so_far) = self.so_far();
            @if so_far.len() > 1 {
                tr { td style="padding:4px 24px 8px" {
                    h2 style=(h2_style()) { "The story so far" }
                    @if skipped > 0 { p style=(format!("margin:0 0 4px;font-size:13px;color:{MUTED}")) { "… " (skipped) " earlier development(s)" } }
                    table role="presentation" width="100%" cellpadding="0" cellspacing="0" {
                        @for (n, e) in so_far.iter().enumerate() {
                            @let this = n + 1 == so_far.len();
                            tr {
                                td width="120" style=(format!("padding:4px 8px 4px 0;font-size:12px;color:{MUTED};vertical-align:top;white-space:nowrap")) { (p.tz.human_str(&e.at)) }
                                td style=(format!("padding:4px 0;font-size:14px;vertical-align:top;{}", if this { "font-weight:700" } else { "" })) {
                                    span style=(format!("color:{}", kind_colours(&e.kind).0)) { "● " }
                                    (present::sentence(&e.kind, &e.actors, &p.user_kinds))
                                    @if this { span style=(format!("font-weight:400;color:{MUTED}")) { " — this alert" } }
                                }
                            }
                        }
                    }
                } }
            }
            tr { td style=(format!("padding:8px 24px 20px;font-size:14px;color:{INK}")) {
                "Story: " b { (self.story_title) }
                @if let Some(u) = p.story_url(self.story_id) {
                    br; br;
                    a href=(u) style=(format!("display:inline-block;padding:8px 16px;border-radius:6px;background:{LINK};color:#ffffff;text-decoration:none;font-weight:600")) { "Open the story" }
                }
            } }
            (footer_row(&format!("Development #{} · newshound explain <link> shows why · times in {}", self.development_id, p.tz.label())))
        };
        page(&self.subject(p), body)
    }
}

fn h2_style() -> String {
    format!("margin:12px 0 6px;font-size:15px;color:{INK}")
}

fn header_row(label: &str) -> Markup {
    html! {
        tr { td style=(format!("padding:12px 24px;background:{INK};color:#ffffff;font-size:12px;letter-spacing:.06em;text-transform:uppercase;border-radius:8px 8px 0 0")) { (label) } }
    }
}

fn footer_row(text: &str) -> Markup {
    html! {
        tr { td style=(format!("padding:12px 24px;border-top:1px solid {LINE};font-size:12px;color:{MUTED}")) { (text) } }
    }
}

fn badge(kind: &str) -> Markup {
    let (fg, bg) = kind_colours(kind);
    html! {
        span style=(format!("display:inline-block;padding:2px 10px;border-radius:999px;font-size:12px;font-weight:600;color:{fg};background:{bg}")) { (kind_label(kind)) }
    }
}

/// One development: kind, sentence, actors and time, the quote, the outlets.
fn development_block(m: &AlertMessage, p: &Presentation, big: bool) -> Markup {
    let (fg, _) = kind_colours(&m.kind);
    html! {
        tr { td style="padding:18px 24px 4px" {
            (badge(&m.kind))
            @if big {
                h1 style=(format!("margin:10px 0 4px;font-size:22px;line-height:1.3;color:{INK}")) { (m.sentence(p)) }
            } @else {
                h3 style=(format!("margin:8px 0 4px;font-size:17px;line-height:1.3;color:{INK}")) { (m.sentence(p)) }
            }
            div style=(format!("font-size:13px;color:{MUTED}")) {
                "Actors: " (actor_list(&m.actors)) " · " (p.tz.human_str(&m.event_time))
            }
        } }
        tr { td style="padding:8px 24px" {
            blockquote style=(format!("margin:0;padding:10px 14px;border-left:4px solid {fg};background:#fafafa;font-style:italic;font-size:16px;line-height:1.45;color:{INK}")) { "“" (m.evidence) "”" }
            p style=(format!("margin:8px 0 0;font-size:13px;color:{MUTED}")) { (m.confidence()) }
        } }
        tr { td style="padding:4px 24px 8px" {
            h2 style=(h2_style()) { (m.reported_by()) }
            table role="presentation" width="100%" cellpadding="0" cellspacing="0" {
                @for i in &m.items {
                    tr { td style=(format!("padding:6px 0;border-bottom:1px solid {LINE};font-size:14px;line-height:1.4")) {
                        b { (i.outlet) } span style=(format!("color:{MUTED};font-size:12px")) { " · " (p.tz.human_str(&i.published)) }
                        br;
                        @match safe_link(i.link.as_deref()) {
                            Some(l) => { a href=(l) style=(format!("color:{LINK};text-decoration:none")) { (i.title) } },
                            None => { span { (i.title) } },
                        }
                    } }
                }
                @if m.unlisted() > 0 {
                    tr { td style=(format!("padding:6px 0;font-size:13px;color:{MUTED}")) { "… and " (m.unlisted()) " more report(s)" } }
                }
            }
        } }
    }
}

/// The page around the rows: a centred card on a light background, tables only.
fn page(title: &str, rows: Markup) -> String {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
            }
            body style=(format!("margin:0;padding:0;background:{PAGE}")) {
                table role="presentation" width="100%" cellpadding="0" cellspacing="0" style=(format!("background:{PAGE}")) {
                    tr { td align="center" style="padding:16px 8px" {
                        table role="presentation" width="100%" cellpadding="0" cellspacing="0"
                            style=(format!("max-width:640px;background:#ffffff;border:1px solid {LINE};border-radius:8px;font-family:{FONT};color:{INK}")) {
                            (rows)
                        }
                    } }
                }
            }
        }
    }
    .into_string()
}

/// A digest: developments grouped by story.
pub struct Digest<'a> {
    watchlist: &'a str,
    stories: Vec<(i64, &'a str, Vec<&'a AlertMessage>)>,
    count: usize,
}

impl<'a> Digest<'a> {
    /// Groups the messages by story, stories in the order of their first development.
    pub fn new(msgs: &'a [AlertMessage]) -> Digest<'a> {
        let mut stories: Vec<(i64, &str, Vec<&AlertMessage>)> = Vec::new();
        for m in msgs {
            match stories.iter_mut().find(|s| s.0 == m.story_id) {
                Some(s) => s.2.push(m),
                None => stories.push((m.story_id, &m.story_title, vec![m])),
            }
        }
        Digest {
            watchlist: msgs.first().map(|m| m.watchlist.as_str()).unwrap_or(""),
            stories,
            count: msgs.len(),
        }
    }

    /// `[watchlist] Digest: 3 development(s) in 2 story(ies)`.
    pub fn subject(&self) -> String {
        one_line(&format!(
            "[{}] Digest: {} development(s) in {} story(ies)",
            self.watchlist,
            self.count,
            self.stories.len()
        ))
    }

    /// The plain-text body.
    pub fn text(&self, p: &Presentation) -> String {
        let tz = &p.tz;
        let mut t = format!(
            "{} development(s) in {} story(ies) for {} (times in {})\n\n",
            self.count,
            self.stories.len(),
            self.watchlist,
            tz.label()
        );
        for (id, title, ms) in &self.stories {
            t.push_str(&format!("== {} ==\n", one_line(title)));
            if let Some(u) = p.story_url(*id) {
                t.push_str(&format!("   {u}\n"));
            }
            for m in ms {
                t.push_str(&format!(
                    "* {} — {}\n  “{}”\n",
                    m.sentence(p),
                    tz.human_str(&m.event_time),
                    one_line(&m.evidence)
                ));
                for i in &m.items {
                    t.push_str(&format!(
                        "  - {} — {} ({})\n    {}\n",
                        one_line(&i.outlet),
                        one_line(&i.title),
                        tz.human_str(&i.published),
                        i.link
                            .as_deref()
                            .map(one_line)
                            .unwrap_or_else(|| "(no link)".into())
                    ));
                }
            }
            t.push('\n');
        }
        t
    }

    /// The HTML body.
    pub fn html(&self, p: &Presentation) -> String {
        let rows = html! {
            (header_row(&format!("newshound · {} · digest", self.watchlist)))
            tr { td style="padding:18px 24px 0" {
                h1 style=(format!("margin:0;font-size:22px;color:{INK}")) {
                    (self.count) " development(s) in " (self.stories.len()) " story(ies)"
                }
            } }
            @for (id, title, ms) in &self.stories {
                tr { td style=(format!("padding:18px 24px 0;border-bottom:0")) {
                    h2 style=(format!("margin:0;padding-top:10px;border-top:2px solid {LINE};font-size:17px;color:{INK}")) { (title) }
                    @if let Some(u) = p.story_url(*id) {
                        a href=(u) style=(format!("font-size:13px;color:{LINK};text-decoration:none")) { "Open the story →" }
                    }
                } }
                @for m in ms { (development_block(m, p, false)) }
            }
            (footer_row(&format!("Times in {} · newshound explain <link> shows why a development was found", p.tz.label())))
        };
        page(&self.subject(), rows)
    }
}

/// Whether an HTML part is self-contained: no `<style>` block (mail clients drop it),
/// no script, nothing loaded from anywhere (links are fine).
pub fn is_self_contained(html: &str) -> bool {
    !["<style", "<script", "<link", " src=\"", "url("]
        .iter()
        .any(|bad| html.contains(bad))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::outbox::ReportingItem;

    fn msg() -> AlertMessage {
        AlertMessage {
            development_id: 9,
            watchlist: "gaza".into(),
            recipient: "desk@example.org".into(),
            message_id: "<a@b>".into(),
            kind: "agreement".into(),
            actors: vec!["Israel".into(), "Hamas".into()],
            evidence: "Israel and Hamas agreed a truce \"now\" <b>.".into(),
            event_time: "2025-07-24T12:05:00Z".into(),
            story_id: 4,
            story_title: "Truce talks in Cairo".into(),
            headline: "Israel and Hamas agree truce".into(),
            items: vec![ReportingItem {
                outlet: "Wire\" onclick=\"x".into(),
                title: "<img src=x onerror=alert(1)>".into(),
                link: Some("https://news.example/a?b=1&c=\"2\"".into()),
                published: "2025-07-24T12:05:00Z".into(),
            }],
            total_reports: 1,
            outlets: 1,
            earlier: vec![EarlierDevelopment {
                kind: "proposal".into(),
                actors: vec!["Qatar".into()],
                at: "2025-07-21T09:00:00Z".into(),
            }],
            in_reply_to: None,
        }
    }

    fn p(url: Option<&str>) -> Presentation {
        Presentation {
            tz: crate::tz::TimeZone::parse("Europe/Berlin").unwrap(),
            user_kinds: vec![],
            public_url: url.map(String::from),
        }
    }

    #[test]
    fn joint_actors_read_in_the_plural_everywhere() {
        let m = msg();
        let p = p(None);
        assert_eq!(
            m.subject(&p),
            "[gaza] Israel and Hamas reach an agreement: Israel and Hamas agree truce"
        );
        assert!(m
            .text(&p)
            .starts_with("Israel and Hamas reach an agreement\n"));
        assert!(m.html(&p).contains("Israel and Hamas reach an agreement"));
        assert!(!m.text(&p).contains("reaches"));
    }

    #[test]
    fn parts_follow_the_order_and_use_human_times() {
        let m = msg();
        let p = p(Some("https://nh.example"));
        let text = m.text(&p);
        let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s} in {text}"));
        assert!(at("Israel and Hamas reach") < at("“Israel and Hamas agreed"));
        assert!(at("“Israel and Hamas agreed") < at("Reported by 1 outlet"));
        assert!(at("Reported by 1 outlet") < at("The story so far"));
        // Berlin summer time; the year shows only outside the current year
        assert!(
            text.contains("Thu 24 Jul") && text.contains(", 14:05"),
            "{text}"
        );
        assert!(text.contains("Qatar presents a proposal"));
        assert!(text.contains("Open the story: https://nh.example/stories/4"));
        let html = m.html(&p);
        assert!(html.contains("href=\"https://nh.example/stories/4\""));
        assert!(html.contains("Thu 24 Jul") && html.contains(", 14:05"));
        assert!(super::is_self_contained(&html), "{html}");
        // escaped: no tag or attribute from the feed survives
        assert!(!html.contains("<img"));
        assert!(!html.contains("\" onclick=\""));
        assert!(html.contains("&lt;img src=x"));
        // no link to the web view without public_url
        assert!(!m.html(&super::tests::p(None)).contains("/stories/4"));
    }

    #[test]
    fn digest_groups_by_story() {
        let a = msg();
        let mut b = msg();
        b.development_id = 10;
        b.kind = "delegation_withdrawal".into();
        b.actors = vec!["Israel".into()];
        let mut c = msg();
        c.development_id = 11;
        c.story_id = 5;
        c.story_title = "Another story".into();
        let all = [a, b, c];
        let d = super::Digest::new(&all);
        assert_eq!(
            d.subject(),
            "[gaza] Digest: 3 development(s) in 2 story(ies)"
        );
        let p = p(Some("https://nh.example"));
        let t = d.text(&p);
        assert!(t.contains("Israel withdraws its delegation"), "{t}");
        assert!(t.contains("https://nh.example/stories/5"));
        let h = d.html(&p);
        assert!(h.contains("Another story") && h.contains("Open the story"));
        assert!(super::is_self_contained(&h));
    }
}
