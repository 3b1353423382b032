//! The pages, as compiled maud templates: every string from a feed goes through maud's
//! escaping, links only when they are http(s), and no inline `style` attributes (the
//! timeline's positions are classes of the generated stylesheet), so the
//! Content-Security-Policy can allow exactly one stylesheet and nothing else.

use base64::Engine;
use maud::{html, Markup, PreEscaped, DOCTYPE};
use sha2::{Digest, Sha256};
use std::sync::OnceLock;

use crate::config::DevelopmentConfig;
use crate::present::{self, describe_merge, kind_label, safe_link};
use crate::store::health::FeedHealth;
use crate::store::parse_ts;
use crate::store::views::{
    AlertView, DevDetail, DevSummary, Overview, ReportView, StoryPage, TimelineStory,
};
use crate::tz::TimeZone;

/// What pages need from the config.
pub struct Settings {
    /// Time zone of the times shown.
    pub tz: TimeZone,
    /// Custom kinds (their descriptions).
    pub user_kinds: Vec<DevelopmentConfig>,
    /// URLs of the configured feeds (others in the store are marked).
    pub feeds: Vec<String>,
}

/// The stylesheet: the shared one plus position classes `x0`…`x100` (left) and
/// `w0`…`w100` (width) for the timeline, and one colour class per built-in kind.
pub fn css() -> &'static str {
    static CSS: OnceLock<String> = OnceLock::new();
    CSS.get_or_init(|| {
        let mut c = present::WEB_CSS.trim().to_string();
        c.push('\n');
        for n in 0..=100 {
            c.push_str(&format!(".x{n}{{left:{n}%}}.w{n}{{width:{n}%}}"));
        }
        c.push('\n');
        let kinds = crate::kinds::BUILTIN_KINDS.iter().map(|k| k.0);
        for k in kinds.chain(["other"]) {
            let (fg, bg) = present::kind_colours(k);
            c.push_str(&format!(
                ".k-{k}{{color:{fg};background:{bg}}}.mark.k-{k}{{background:{fg}}}"
            ));
        }
        c.push('\n');
        c
    })
}

/// The Content-Security-Policy: no scripts, no other hosts, the one stylesheet by hash.
pub fn csp() -> String {
    static CSP: OnceLock<String> = OnceLock::new();
    CSP.get_or_init(|| {
        let h = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(css().as_bytes()));
        format!("default-src 'none'; style-src 'sha256-{h}'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
    })
    .clone()
}

/// A path segment with everything but unreserved characters percent-encoded.
fn seg(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn kind_class(kind: &str) -> String {
    if crate::kinds::BUILTIN_KINDS.iter().any(|k| k.0 == kind) {
        format!("k-{kind}")
    } else {
        "k-other".into()
    }
}

fn badge(kind: &str) -> Markup {
    html! { span class=(format!("kind {}", kind_class(kind))) { (kind_label(kind)) } }
}

/// A headline linked to its article when the link is http(s); otherwise plain text.
fn item_link(title: &str, link: Option<&str>) -> Markup {
    match safe_link(link) {
        Some(l) => html! { a href=(l) rel="noopener noreferrer" { (title) } },
        None => html! { span { (title) } },
    }
}

fn layout(p: &Settings, title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                title { (title) " · newshound" }
                style { (PreEscaped(css())) }
            }
            body {
                header.top {
                    a.brand href="/" { "newshound" }
                    nav { a href="/" { "Overview" } a href="/feeds" { "Feeds" } }
                }
                main { (body) }
                footer {
                    "Times in " (p.tz.label()) ". A read-only view of what newshound stored · newshound "
                    (env!("CARGO_PKG_VERSION"))
                }
            }
        }
    }
}

/// A page with one message (404, 401, 405, 503).
pub fn message(p: &Settings, title: &str, text: &str) -> Markup {
    layout(
        p,
        title,
        html! { h1 { (title) } p { (text) } p { a href="/" { "Overview" } } },
    )
}

fn dev_line(p: &Settings, d: &DevSummary, with_story: bool) -> Markup {
    html! {
        li.dev {
            (badge(&d.kind)) " "
            a.what href=(format!("/developments/{}", d.id)) {
                (present::sentence(&d.kind, &d.actors, &p.user_kinds))
            }
            div.small.muted {
                (p.tz.human_str(&d.event_time))
                @if with_story {
                    " · " a href=(format!("/stories/{}", d.story)) { (d.story_title) }
                    " · " (d.watchlist)
                }
            }
            blockquote.small { (d.evidence) }
        }
    }
}

/// `/`: watchlists, the latest developments, recent stories.
pub fn overview(p: &Settings, o: &Overview) -> Markup {
    let body = html! {
        h1 { "Overview" }
        h2 { "Watchlists" }
        div.grid {
            @for w in &o.watchlists {
                div.card {
                    a href=(format!("/watchlists/{}", seg(&w.name))) { b { (w.name) } }
                    div.small.muted {
                        (w.stories) " stories · " (w.developments) " developments"
                        @if let Some(t) = &w.last_seen { br; "last activity " (p.tz.human_str(t)) }
                    }
                }
            }
        }
        h2 { "Latest developments" }
        @if o.developments.is_empty() { p.muted { "No developments yet." } }
        ul.plain.card { @for d in &o.developments { (dev_line(p, d, true)) } }
        h2 { "Recent stories" }
        @if o.stories.is_empty() { p.muted { "No stories yet: the feeds have not been polled, or nothing matched." } }
        ul.plain.card {
            @for s in &o.stories {
                li {
                    a href=(format!("/stories/{}", s.id)) { (s.title) }
                    div.small.muted {
                        (s.watchlist) " · " (s.items) " item(s) · "
                        (p.tz.human_str(&s.first_seen)) " – " (p.tz.human_str(&s.last_seen))
                    }
                }
            }
        }
    };
    layout(p, "Overview", body)
}

/// Maps times onto 0…100 % of the timeline's span.
struct Axis {
    t0: i64,
    span: i64,
}

impl Axis {
    fn of(stories: &[TimelineStory]) -> Axis {
        let times = stories
            .iter()
            .flat_map(|s| [&s.story.first_seen, &s.story.last_seen])
            .filter_map(|t| parse_ts(t))
            .map(|t| t.timestamp());
        let (lo, hi) = times.fold((i64::MAX, i64::MIN), |(a, b), t| (a.min(t), b.max(t)));
        if lo > hi {
            return Axis { t0: 0, span: 1 };
        }
        // a little room at both ends; at least a day
        let span = (hi - lo).max(86_400);
        Axis {
            t0: lo - span / 40,
            span: span + span / 20,
        }
    }

    fn pct(&self, t: &str) -> i64 {
        parse_ts(t)
            .map(|t| ((t.timestamp() - self.t0) * 100 / self.span).clamp(0, 100))
            .unwrap_or(0)
    }
}

fn timeline_story(p: &Settings, axis: &Axis, s: &TimelineStory) -> Markup {
    let st = &s.story;
    let (l, r) = (axis.pct(&st.first_seen), axis.pct(&st.last_seen));
    let shown: usize = s.by_outlet.iter().map(|o| o.1.len()).sum();
    html! {
        div.card.story {
            h3 { a href=(format!("/stories/{}", st.id)) { (st.title) } }
            div.small.muted {
                (p.tz.human_str(&st.first_seen)) " – " (p.tz.human_str(&st.last_seen)) " · "
                (st.items) " item(s)"
            }
            div.lane {
                span class=(format!("bar x{l} w{}", (r - l).max(1))) {}
                @for d in &s.developments {
                    @let what = present::sentence(&d.kind, &d.actors, &p.user_kinds);
                    a class=(format!("mark {} x{}", kind_class(&d.kind), axis.pct(&d.event_time)))
                        href=(format!("/developments/{}", d.id))
                        title=(format!("{what} — {}", p.tz.human_str(&d.event_time)))
                        aria-label=(what) {}
                }
            }
            @if !s.developments.is_empty() {
                @if (s.developments.len() as i64) < s.total_developments {
                    p.small.muted { "The latest " (s.developments.len()) " of " (s.total_developments) " developments; all on the story page." }
                }
                ul.devs {
                    @for d in &s.developments {
                        li {
                            (badge(&d.kind)) " "
                            a href=(format!("/developments/{}", d.id)) { (present::sentence(&d.kind, &d.actors, &p.user_kinds)) }
                            span.small.muted { " · " (p.tz.human_str(&d.event_time)) }
                        }
                    }
                }
            }
            details open[shown <= 6] {
                summary {
                    @if (st.items as usize) > shown { "Latest " (shown) " items by outlet: " } @else { "Items by outlet: " }
                    @for (i, (outlet, items)) in s.by_outlet.iter().enumerate() {
                        @if i > 0 { " · " } (outlet) " (" (items.len()) ")"
                    }
                }
                @for (outlet, items) in &s.by_outlet {
                    div.outlet {
                        b { (outlet) }
                        ul.plain.small {
                            @for it in items {
                                li { span.muted { (p.tz.human_str(&it.at)) " " } (item_link(&it.title, it.link.as_deref())) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// `/watchlists/NAME`: stories on a time axis with their developments and outlets.
pub fn timeline(p: &Settings, name: &str, stories: &[TimelineStory]) -> Markup {
    let axis = Axis::of(stories);
    let mut ordered: Vec<&TimelineStory> = stories.iter().collect();
    ordered.sort_by(|a, b| {
        a.story
            .first_seen
            .cmp(&b.story.first_seen)
            .then(a.story.id.cmp(&b.story.id))
    });
    let ticks: Vec<(i64, String)> = (0..5)
        .map(|i| {
            let t = axis.t0 + axis.span * (2 * i + 1) / 10;
            let label = chrono::DateTime::from_timestamp(t, 0)
                .map(|t| p.tz.human(t))
                .map(|h| h.split(',').next().unwrap_or("").to_string())
                .unwrap_or_default();
            ((2 * i + 1) * 10, label)
        })
        .collect();
    let body = html! {
        h1 { (name) }
        p.muted {
            "Timeline of the " (stories.len()) " most recently active stories, oldest first. "
            "Dots mark developments by kind; bars run from a story's first item to its last."
        }
        @if stories.is_empty() { p { "No stories yet." } }
        @else {
            div.card { div.axis { @for (x, label) in &ticks { span class=(format!("x{x}")) { (label) } } } }
            @for s in ordered { (timeline_story(p, &axis, s)) }
        }
    };
    layout(p, name, body)
}

fn reasoning(p: &Settings, reports: &[ReportView]) -> Markup {
    html! {
        ul.plain.small {
            @for r in reports {
                li {
                    b { (r.item.outlet) } " · " span.muted { (p.tz.human_str(&r.item.at)) } " · "
                    (item_link(&r.item.title, r.item.link.as_deref()))
                    div { "“" (r.sentence) "”" }
                    div.muted { "rule " code { (r.rule) } @if !r.checks.is_empty() { " · checks: " (r.checks.join("; ")) } }
                }
            }
        }
    }
}

fn dev_card(p: &Settings, d: &DevDetail) -> Markup {
    let dv = &d.dev;
    html! {
        div.card.dev {
            (badge(&dv.kind)) " "
            a.what href=(format!("/developments/{}", dv.id)) { (present::sentence(&dv.kind, &dv.actors, &p.user_kinds)) }
            span.small.muted { " · " (p.tz.human_str(&dv.event_time)) }
            blockquote { (dv.evidence) }
            details open {
                summary {
                    "How it was read: " (d.total_reports) " report(s)"
                    @if (d.reports.len() as i64) < d.total_reports { ", the first " (d.reports.len()) " below" }
                }
                (reasoning(p, &d.reports))
                @if (d.reports.len() as i64) < d.total_reports {
                    p.small { a href=(format!("/developments/{}", dv.id)) { "All reports" } }
                }
            }
        }
    }
}

/// `/stories/ID`: every item with outlet, time, link and merge evidence; each
/// development with its evidence and reasoning.
pub fn story(p: &Settings, s: &StoryPage, page_no: usize, page_size: usize) -> Markup {
    let st = &s.story;
    let pages = (st.items as usize).div_ceil(page_size).max(1);
    let body = html! {
        p.small { a href=(format!("/watchlists/{}", seg(&st.watchlist))) { (st.watchlist) } " · story #" (st.id) }
        h1 { (st.title) }
        p.muted {
            (p.tz.human_str(&st.first_seen)) " – " (p.tz.human_str(&st.last_seen)) " · "
            (st.items) " item(s)"
            @if let Some(o) = st.outlets { " from " (o) " outlet(s)" }
        }
        h2 { "Developments (" (s.total_developments) ")" }
        @if s.total_developments == 0 { p.muted { "None detected in this story." } }
        @if !s.earlier.is_empty() {
            @let shown = s.earlier.len() + s.developments.len();
            @if (shown as i64) < s.total_developments {
                p.small.muted { "The latest " (shown) " of " (s.total_developments) "." }
            }
            ul.plain.card { @for d in &s.earlier { (dev_line(p, d, false)) } }
        }
        @for d in &s.developments { (dev_card(p, d)) }
        h2 { "Items (" (st.items) ")" }
        p.small.muted { "In the order newshound stored them." }
        div.scroll {
            table {
                thead { tr { th { "Time" } th { "Outlet" } th { "Headline, and why it is in this story" } } }
                tbody {
                    @for it in &s.items {
                        tr {
                            td.small { (p.tz.human_str(&it.at)) }
                            td.small { (it.outlet) }
                            td {
                                (item_link(&it.title, it.link.as_deref()))
                                @if let (None, Some(l)) = (safe_link(it.link.as_deref()), it.link.as_deref()) {
                                    div.small.muted { "link (not followed): " (l) }
                                }
                                @if let Some(m) = &it.merge {
                                    div.small.muted { (describe_merge(&serde_json::from_str(m).unwrap_or(serde_json::Value::Null))) }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if pages > 1 {
            p {
                "Page " (page_no) " of " (pages) ": "
                @for n in 1..=pages {
                    @if n == page_no { b { (n) } } @else { a href=(format!("/stories/{}?page={n}", st.id)) { (n) } }
                    " "
                }
            }
        }
    };
    layout(p, &st.title, body)
}

/// `/developments/ID`: the development, its reports and the alerts sent for it.
pub fn development(p: &Settings, d: &DevDetail, alerts: &[AlertView]) -> Markup {
    let dv = &d.dev;
    let what = present::sentence(&dv.kind, &dv.actors, &p.user_kinds);
    let body = html! {
        p.small {
            a href=(format!("/watchlists/{}", seg(&dv.watchlist))) { (dv.watchlist) } " · "
            a href=(format!("/stories/{}", dv.story)) { (dv.story_title) }
        }
        h1 { (what) }
        p { (badge(&dv.kind)) " " span.muted { (p.tz.human_str(&dv.event_time)) " · development #" (dv.id) } }
        blockquote { (dv.evidence) }
        h2 {
            "Reports (" (d.total_reports) ")"
            @if (d.reports.len() as i64) < d.total_reports { span.small.muted { " the first " (d.reports.len()) } }
        }
        div.card { (reasoning(p, &d.reports)) }
        h2 { "Alerts" }
        @if alerts.is_empty() {
            p.muted { "No alert: the first report was older than [alerts] max_age, or the watchlist has no recipients." }
        } @else {
            div.scroll {
                table {
                    thead { tr { th { "Recipient" } th { "Delivery" } th { "State" } th { "Attempts" } th { "When" } th { "Last error" } } }
                    tbody {
                        @for a in alerts {
                            tr {
                                td { (a.recipient) }
                                td { @if a.digest { "digest" } @else { "immediate" } }
                                td class=(if a.state == "failed" { "bad" } else if a.state == "sent" { "ok" } else { "" }) { (a.state) }
                                td { (a.attempts) }
                                td.small {
                                    @match &a.sent_at {
                                        Some(t) => { "sent " (p.tz.human_str(t)) },
                                        None => { "next attempt " (p.tz.human_str(&a.next_attempt)) },
                                    }
                                }
                                td.small { (a.last_error.as_deref().unwrap_or("")) }
                            }
                        }
                    }
                }
            }
        }
    };
    layout(p, &what, body)
}

/// `/feeds`: every feed with its health.
pub fn feeds(p: &Settings, rows: &[FeedHealth]) -> Markup {
    let failing = rows.iter().filter(|f| f.consecutive_errors > 0).count();
    let when = |t: &Option<String>| t.as_deref().map(|t| p.tz.human_str(t));
    let body = html! {
        h1 { "Feeds" }
        p.muted { (rows.len()) " feed(s), " (failing) " failing" }
        div.scroll {
            table {
                thead { tr {
                    th { "Feed" } th { "Status" } th { "Last success" } th { "Last error" }
                    th { "Failures in a row" } th { "Next poll" } th { "Items a day" }
                } }
                tbody {
                    @for f in rows {
                        tr {
                            td {
                                b { (f.name) }
                                div.small.muted { (f.url) }
                                @if !p.feeds.is_empty() && !p.feeds.contains(&f.url) { div.small.muted { "not in the configuration any more" } }
                            }
                            td {
                                @if f.consecutive_errors > 0 { span.bad { "failing" } }
                                @else if f.last_success.is_some() { span.ok { "ok" } }
                                @else { span.muted { "not polled yet" } }
                            }
                            td.small { (when(&f.last_success).unwrap_or_else(|| "never".into())) }
                            td.small {
                                @if let Some(e) = &f.last_error {
                                    (when(&f.last_error_at).unwrap_or_default()) ": " (e)
                                }
                            }
                            td { (f.consecutive_errors) }
                            td.small { (when(&f.next_poll).unwrap_or_else(|| "now".into())) }
                            td { (format!("{:.1}", f.items_last_week as f64 / 7.0)) }
                        }
                    }
                }
            }
        }
    };
    layout(p, "Feeds", body)
}
