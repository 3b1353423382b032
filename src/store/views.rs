//! Read-side queries behind the web view: each page is a handful of indexed lookups
//! bounded by a limit, so a page costs the same with 100,000 stored items as with 100.

use rusqlite::{params, Connection, OptionalExtension};
use std::collections::HashMap;

use super::StoreError;

/// Stories and developments of one watchlist.
#[derive(Debug, Clone, Default)]
pub struct WatchlistSummary {
    /// Watchlist name.
    pub name: String,
    /// Stories stored.
    pub stories: i64,
    /// Developments detected.
    pub developments: i64,
    /// Latest story activity (RFC 3339).
    pub last_seen: Option<String>,
}

/// A story in lists.
#[derive(Debug, Clone)]
pub struct StorySummary {
    /// Story id.
    pub id: i64,
    /// Watchlist.
    pub watchlist: String,
    /// Headline of its first item.
    pub title: String,
    /// Earliest member time.
    pub first_seen: String,
    /// Latest member time.
    pub last_seen: String,
    /// Member items.
    pub items: i64,
    /// Distinct outlets among them (story pages only: counting them means reading every
    /// member, which lists of stories cannot afford for a story copied 10,000 times).
    pub outlets: Option<i64>,
}

/// A development in lists.
#[derive(Debug, Clone)]
pub struct DevSummary {
    /// Development id.
    pub id: i64,
    /// Watchlist.
    pub watchlist: String,
    /// Story id.
    pub story: i64,
    /// Story headline.
    pub story_title: String,
    /// Kind.
    pub kind: String,
    /// Canonical actors.
    pub actors: Vec<String>,
    /// Evidence sentence.
    pub evidence: String,
    /// When it happened (first report).
    pub event_time: String,
    /// An alert was queued or sent.
    pub alerted: bool,
}

/// An item of a story or a report of a development.
#[derive(Debug, Clone)]
pub struct ItemView {
    /// Item id.
    pub id: i64,
    /// Outlet (feed name).
    pub outlet: String,
    /// Headline.
    pub title: String,
    /// Link as the feed gave it.
    pub link: Option<String>,
    /// Published (else first seen).
    pub at: String,
    /// Story merge record (JSON), for story pages.
    pub merge: Option<String>,
}

/// One report of a development with how it was read (the `explain` reasoning).
#[derive(Debug, Clone)]
pub struct ReportView {
    /// The reporting item.
    pub item: ItemView,
    /// Sentence it was detected in.
    pub sentence: String,
    /// Rule that fired.
    pub rule: String,
    /// Checks passed.
    pub checks: Vec<String>,
}

/// A development with its reports.
#[derive(Debug, Clone)]
pub struct DevDetail {
    /// The development.
    pub dev: DevSummary,
    /// Its first reports, in the order they were found.
    pub reports: Vec<ReportView>,
    /// All its reports, listed or not.
    pub total_reports: i64,
}

/// The overview page.
#[derive(Debug, Clone, Default)]
pub struct Overview {
    /// Per watchlist counts.
    pub watchlists: Vec<WatchlistSummary>,
    /// Latest developments, newest first.
    pub developments: Vec<DevSummary>,
    /// Most recently active stories.
    pub stories: Vec<StorySummary>,
}

/// A story on a watchlist's timeline.
#[derive(Debug, Clone)]
pub struct TimelineStory {
    /// The story.
    pub story: StorySummary,
    /// Its latest developments, oldest first.
    pub developments: Vec<DevSummary>,
    /// All its developments, shown or not.
    pub total_developments: i64,
    /// Its items grouped by outlet (outlets by first report; items oldest first).
    pub by_outlet: Vec<(String, Vec<ItemView>)>,
}

/// A story page.
#[derive(Debug, Clone)]
pub struct StoryPage {
    /// The story.
    pub story: StorySummary,
    /// Items of this page, oldest first, with merge records.
    pub items: Vec<ItemView>,
    /// Its latest developments with their reports, oldest first.
    pub developments: Vec<DevDetail>,
    /// Earlier developments, oldest first, without their reports.
    pub earlier: Vec<DevSummary>,
    /// All its developments, shown or not.
    pub total_developments: i64,
}

/// One outbox row as the development page shows it.
#[derive(Debug, Clone)]
pub struct AlertView {
    /// Outbox id.
    pub id: i64,
    /// Recipient.
    pub recipient: String,
    /// pending / sent / failed.
    pub state: String,
    /// Attempts so far.
    pub attempts: i64,
    /// Sent time.
    pub sent_at: Option<String>,
    /// Next attempt (pending).
    pub next_attempt: String,
    /// Last error.
    pub last_error: Option<String>,
    /// Digest or immediate.
    pub digest: bool,
}

const DEV_COLS: &str =
    "d.id, d.watchlist, d.story_id, s.title, d.kind, d.actors, d.evidence, d.event_time, d.alerted";

fn dev_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(DevSummary, String)> {
    Ok((
        DevSummary {
            id: r.get(0)?,
            watchlist: r.get(1)?,
            story: r.get(2)?,
            story_title: r.get(3)?,
            kind: r.get(4)?,
            actors: Vec::new(),
            evidence: r.get(6)?,
            event_time: r.get(7)?,
            alerted: r.get(8)?,
        },
        r.get(5)?,
    ))
}

fn with_actors(rows: Vec<(DevSummary, String)>) -> Result<Vec<DevSummary>, StoreError> {
    rows.into_iter()
        .map(|(mut d, a)| {
            d.actors = serde_json::from_str(&a)?;
            Ok(d)
        })
        .collect()
}

/// Stories up to this size get their outlets counted on their page.
const OUTLETS_COUNTED_UP_TO: i64 = 2000;

fn story_summary(
    conn: &Connection,
    id: i64,
    with_outlets: bool,
) -> Result<Option<StorySummary>, StoreError> {
    let row = conn
        .prepare_cached(
            "SELECT id, watchlist, title, first_seen, last_seen FROM stories WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok(StorySummary {
                id: r.get(0)?,
                watchlist: r.get(1)?,
                title: r.get(2)?,
                first_seen: r.get(3)?,
                last_seen: r.get(4)?,
                items: 0,
                outlets: None,
            })
        })
        .optional()?;
    let Some(mut s) = row else { return Ok(None) };
    // the primary key (story_id, item_id) counts members without reading them
    s.items = conn
        .prepare_cached("SELECT COUNT(*) FROM story_items WHERE story_id = ?1")?
        .query_row([id], |r| r.get(0))?;
    // counting outlets reads every member: skipped for stories of thousands of copies
    if with_outlets && s.items <= OUTLETS_COUNTED_UP_TO {
        s.outlets = Some(
            conn.prepare_cached(
                "SELECT COUNT(DISTINCT i.feed_id) FROM story_items si JOIN items i ON i.id = si.item_id WHERE si.story_id = ?1",
            )?
            .query_row([id], |r| r.get(0))?,
        );
    }
    Ok(Some(s))
}

/// The most recently active stories of a watchlist (newest first), by the
/// (watchlist, last_seen) index.
fn recent_story_ids(
    conn: &Connection,
    watchlist: &str,
    limit: usize,
) -> Result<Vec<i64>, StoreError> {
    let mut q = conn.prepare_cached(
        "SELECT id FROM stories WHERE watchlist = ?1 ORDER BY last_seen DESC, id DESC LIMIT ?2",
    )?;
    let ids = q
        .query_map(params![watchlist, limit as i64], |r| r.get(0))?
        .collect::<Result<Vec<i64>, _>>()?;
    Ok(ids)
}

/// The overview: every watchlist (configured or stored), the latest developments and
/// the most recently active stories.
pub fn overview(
    conn: &Connection,
    configured: &[String],
    limit: usize,
) -> Result<Overview, StoreError> {
    let mut wls: Vec<WatchlistSummary> = configured
        .iter()
        .map(|n| WatchlistSummary {
            name: n.clone(),
            ..Default::default()
        })
        .collect();
    let mut q = conn.prepare_cached(
        "SELECT watchlist, COUNT(*), MAX(last_seen) FROM stories GROUP BY watchlist",
    )?;
    for r in q.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?)))? {
        let (name, n, last): (String, i64, Option<String>) = r?;
        match wls.iter_mut().find(|w| w.name == name) {
            Some(w) => {
                w.stories = n;
                w.last_seen = last;
            }
            None => wls.push(WatchlistSummary {
                name,
                stories: n,
                last_seen: last,
                developments: 0,
            }),
        }
    }
    let mut q =
        conn.prepare_cached("SELECT watchlist, COUNT(*) FROM developments GROUP BY watchlist")?;
    for r in q.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))? {
        let (name, n): (String, i64) = r?;
        if let Some(w) = wls.iter_mut().find(|w| w.name == name) {
            w.developments = n;
        }
    }
    let developments = with_actors(
        conn.prepare_cached(&format!(
            "SELECT {DEV_COLS} FROM developments d JOIN stories s ON s.id = d.story_id ORDER BY d.event_time DESC, d.id DESC LIMIT ?1"
        ))?
        .query_map([limit as i64], dev_row)?
        .collect::<Result<_, _>>()?,
    )?;
    let mut stories = Vec::new();
    for w in &wls {
        for id in recent_story_ids(conn, &w.name, limit)? {
            stories.extend(story_summary(conn, id, false)?);
        }
    }
    stories.sort_by(|a, b| b.last_seen.cmp(&a.last_seen).then(b.id.cmp(&a.id)));
    stories.truncate(limit);
    Ok(Overview {
        watchlists: wls,
        developments,
        stories,
    })
}

/// Items of a story in the order they were stored (the primary key's order, so a page
/// costs its own size even in a story of 10,000 copies): `newest` takes the last
/// `limit` instead of those from `offset`.
fn story_items(
    conn: &Connection,
    story: i64,
    offset: usize,
    limit: usize,
    newest: bool,
) -> Result<Vec<ItemView>, StoreError> {
    let sql = format!(
        "SELECT i.id, f.name, i.title, i.link, COALESCE(i.published, i.first_seen), si.evidence
         FROM story_items si JOIN items i ON i.id = si.item_id JOIN feeds f ON f.id = i.feed_id
         WHERE si.story_id = ?1 ORDER BY si.item_id {} LIMIT ?2 OFFSET ?3",
        if newest { "DESC" } else { "ASC" }
    );
    let mut q = conn.prepare_cached(&sql)?;
    let mut rows: Vec<ItemView> = q
        .query_map(params![story, limit as i64, offset as i64], |r| {
            Ok(ItemView {
                id: r.get(0)?,
                outlet: r.get(1)?,
                title: r.get(2)?,
                link: r.get(3)?,
                at: r.get(4)?,
                merge: r.get(5)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    rows.sort_by(|a, b| a.at.cmp(&b.at).then(a.id.cmp(&b.id)));
    Ok(rows)
}

/// The latest `limit` developments of each story, oldest first, and how many it has
/// (the (story_id, event_time) index).
fn story_developments(
    conn: &Connection,
    stories: &[i64],
    limit: usize,
) -> Result<HashMap<i64, (Vec<DevSummary>, i64)>, StoreError> {
    let mut out = HashMap::new();
    let mut q = conn.prepare_cached(&format!(
        "SELECT {DEV_COLS} FROM developments d JOIN stories s ON s.id = d.story_id WHERE d.story_id = ?1 ORDER BY d.event_time DESC, d.id DESC LIMIT ?2"
    ))?;
    let mut count = conn.prepare_cached("SELECT COUNT(*) FROM developments WHERE story_id = ?1")?;
    for &id in stories {
        let mut rows = with_actors(
            q.query_map(params![id, limit as i64], dev_row)?
                .collect::<Result<_, _>>()?,
        )?;
        rows.reverse();
        let n: i64 = count.query_row([id], |r| r.get(0))?;
        out.insert(id, (rows, n));
    }
    Ok(out)
}

/// A watchlist's timeline: its most recently active stories, each with developments
/// (its latest `devs_per_story`) and items grouped by outlet (its latest
/// `items_per_story`).
pub fn timeline(
    conn: &Connection,
    watchlist: &str,
    limit: usize,
    items_per_story: usize,
    devs_per_story: usize,
) -> Result<Vec<TimelineStory>, StoreError> {
    let ids = recent_story_ids(conn, watchlist, limit)?;
    let mut devs = story_developments(conn, &ids, devs_per_story)?;
    let mut out = Vec::new();
    for id in ids {
        let Some(story) = story_summary(conn, id, false)? else {
            continue;
        };
        let mut by_outlet: Vec<(String, Vec<ItemView>)> = Vec::new();
        for it in story_items(conn, id, 0, items_per_story, true)? {
            match by_outlet.iter_mut().find(|(o, _)| *o == it.outlet) {
                Some((_, v)) => v.push(it),
                None => by_outlet.push((it.outlet.clone(), vec![it])),
            }
        }
        let (developments, total_developments) = devs.remove(&id).unwrap_or_default();
        out.push(TimelineStory {
            story,
            developments,
            total_developments,
            by_outlet,
        });
    }
    Ok(out)
}

fn reports(conn: &Connection, dev: i64, limit: usize) -> Result<Vec<ReportView>, StoreError> {
    let mut q = conn.prepare_cached(
        "SELECT i.id, f.name, i.title, i.link, COALESCE(i.published, i.first_seen), di.sentence, di.rule, di.checks
         FROM development_items di JOIN items i ON i.id = di.item_id JOIN feeds f ON f.id = i.feed_id
         WHERE di.development_id = ?1 ORDER BY di.item_id LIMIT ?2",
    )?;
    let rows: Vec<(ItemView, String, String, String)> = q
        .query_map(params![dev, limit as i64], |r| {
            Ok((
                ItemView {
                    id: r.get(0)?,
                    outlet: r.get(1)?,
                    title: r.get(2)?,
                    link: r.get(3)?,
                    at: r.get(4)?,
                    merge: None,
                },
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
            ))
        })?
        .collect::<Result<_, _>>()?;
    rows.into_iter()
        .map(|(item, sentence, rule, checks)| {
            Ok(ReportView {
                item,
                sentence,
                rule,
                checks: serde_json::from_str(&checks).unwrap_or_default(),
            })
        })
        .collect()
}

fn detail(conn: &Connection, dev: DevSummary, limit: usize) -> Result<DevDetail, StoreError> {
    let total_reports = conn
        .prepare_cached("SELECT COUNT(*) FROM development_items WHERE development_id = ?1")?
        .query_row([dev.id], |r| r.get(0))?;
    Ok(DevDetail {
        reports: reports(conn, dev.id, limit)?,
        total_reports,
        dev,
    })
}

/// How much of a story's developments its page shows.
#[derive(Debug, Clone, Copy)]
pub struct DevLimits {
    /// The latest this many are listed at all.
    pub listed: usize,
    /// The latest this many of them with their reports.
    pub detailed: usize,
    /// Reports per detailed development.
    pub reports: usize,
}

/// A story page: the story, one page of its items (`page_size` from `offset`, in the
/// order they were stored) with their merge records, and its latest developments, the
/// newest with their first reports.
pub fn story_page(
    conn: &Connection,
    id: i64,
    offset: usize,
    page_size: usize,
    limits: DevLimits,
) -> Result<Option<StoryPage>, StoreError> {
    let Some(story) = story_summary(conn, id, true)? else {
        return Ok(None);
    };
    let items = story_items(conn, id, offset, page_size, false)?;
    let (mut earlier, total_developments) = story_developments(conn, &[id], limits.listed)?
        .remove(&id)
        .unwrap_or_default();
    let mut developments = Vec::new();
    for d in earlier.split_off(earlier.len().saturating_sub(limits.detailed)) {
        developments.push(detail(conn, d, limits.reports)?);
    }
    Ok(Some(StoryPage {
        story,
        items,
        developments,
        earlier,
        total_developments,
    }))
}

/// A development with its reports and the alerts sent (or queued) for it.
pub fn development_page(
    conn: &Connection,
    id: i64,
    reports_limit: usize,
) -> Result<Option<(DevDetail, Vec<AlertView>)>, StoreError> {
    let row = conn
        .prepare_cached(&format!(
            "SELECT {DEV_COLS} FROM developments d JOIN stories s ON s.id = d.story_id WHERE d.id = ?1"
        ))?
        .query_row([id], dev_row)
        .optional()?;
    let Some(row) = row else { return Ok(None) };
    let dev = with_actors(vec![row])?.remove(0);
    let mut q = conn.prepare_cached(
        "SELECT id, recipient, state, attempts, sent_at, next_attempt, last_error, batch IS NOT NULL
         FROM outbox WHERE development_id = ?1 ORDER BY id",
    )?;
    let alerts = q
        .query_map([id], |r| {
            Ok(AlertView {
                id: r.get(0)?,
                recipient: r.get(1)?,
                state: r.get(2)?,
                attempts: r.get(3)?,
                sent_at: r.get(4)?,
                next_attempt: r.get(5)?,
                last_error: r.get(6)?,
                digest: r.get(7)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(Some((detail(conn, dev, reports_limit)?, alerts)))
}

/// New items per feed (by URL) first seen since `since`: the recent end of the
/// (feed_id, first_seen) index, so the cost follows the last week, not the whole store.
pub fn recent_items_per_feed(
    conn: &Connection,
    since: chrono::DateTime<chrono::Utc>,
) -> Result<HashMap<String, i64>, StoreError> {
    let mut q = conn.prepare_cached(
        "SELECT f.url, (SELECT COUNT(*) FROM items i WHERE i.feed_id = f.id AND i.first_seen >= ?1) FROM feeds f",
    )?;
    let rows = q
        .query_map([super::ts(since)], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Feed health for the web view: what `feeds` shows, without the count of every item
/// ever stored (which reads the whole store).
pub fn feed_health(
    conn: &Connection,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<super::health::FeedHealth>, StoreError> {
    let week = recent_items_per_feed(conn, now - chrono::Duration::days(7))?;
    let mut st = conn.prepare_cached(
        "SELECT url, name, last_success, last_error, last_error_at, consecutive_errors, next_poll, last_status FROM feeds ORDER BY name",
    )?;
    let rows = st
        .query_map([], |r| {
            Ok(super::health::FeedHealth {
                url: r.get(0)?,
                name: r.get(1)?,
                last_success: r.get(2)?,
                last_error: r.get(3)?,
                last_error_at: r.get(4)?,
                consecutive_errors: r.get(5)?,
                next_poll: r.get(6)?,
                last_status: r.get(7)?,
                items: 0, // not counted here (the web page does not show it)
                items_last_week: 0,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows
        .into_iter()
        .map(|mut f| {
            f.items_last_week = week.get(&f.url).copied().unwrap_or(0);
            f
        })
        .collect())
}
