//! The alert outbox: one row per development and recipient, claimed for delivery with
//! the attempt recorded *before* sending and the outcome *after*. The rows come back
//! as data (what one email says); `compose` and `email` turn them into messages.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};
use std::collections::HashMap;

use super::{parse_ts, ts, StoreError};
use crate::config::Delivery;

/// Reports listed in one alert; the rest are counted ("… and 212 more").
pub const REPORTS_LISTED: usize = 25;

/// An alert to queue.
pub struct NewAlert<'a> {
    /// Development.
    pub development: i64,
    /// Watchlist.
    pub watchlist: &'a str,
    /// Recipient.
    pub recipient: &'a str,
    /// Its Message-ID.
    pub message_id: &'a str,
    /// "digest" for a digest row.
    pub batch: Option<&'a str>,
    /// When it falls due.
    pub due: DateTime<Utc>,
}

/// Queues an alert (once per development and recipient).
pub fn queue(tx: &Connection, a: &NewAlert, now: DateTime<Utc>) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT OR IGNORE INTO outbox(development_id, watchlist, recipient, message_id, batch, state, attempts, next_attempt, created)
         VALUES (?1, ?2, ?3, ?4, ?5, 'pending', 0, ?6, ?7)",
    )?
    .execute(params![a.development, a.watchlist, a.recipient, a.message_id, a.batch, ts(a.due), ts(now)])?;
    Ok(())
}

/// One reporting item in an alert.
#[derive(Debug, Clone)]
pub struct ReportingItem {
    /// Outlet (feed name).
    pub outlet: String,
    /// Headline.
    pub title: String,
    /// Link as the feed gave it.
    pub link: Option<String>,
    /// Published (or first seen) time, RFC 3339.
    pub published: String,
}

/// An earlier development of the story, for "the story so far".
#[derive(Debug, Clone)]
pub struct EarlierDevelopment {
    /// Kind.
    pub kind: String,
    /// Actors.
    pub actors: Vec<String>,
    /// When it happened, RFC 3339.
    pub at: String,
}

/// Everything one alert email says.
#[derive(Debug, Clone)]
pub struct AlertMessage {
    /// Development id (for the header).
    pub development_id: i64,
    /// Watchlist name.
    pub watchlist: String,
    /// Recipient address.
    pub recipient: String,
    /// Deterministic Message-ID.
    pub message_id: String,
    /// Kind.
    pub kind: String,
    /// Actors.
    pub actors: Vec<String>,
    /// Evidence sentence.
    pub evidence: String,
    /// When it happened (first report), RFC 3339.
    pub event_time: String,
    /// Story id (for the web view's link).
    pub story_id: i64,
    /// Story headline (its first item's).
    pub story_title: String,
    /// Headline of the item that reports the development (the one its evidence comes
    /// from): what the subject shows, since the story's first item may say something else.
    pub headline: String,
    /// Reporting items: the first report of each outlet first, at most
    /// `REPORTS_LISTED` (a story copied ten thousand times is still one readable email).
    pub items: Vec<ReportingItem>,
    /// All reports of the development, listed or not.
    pub total_reports: usize,
    /// Distinct outlets among all reports.
    pub outlets: usize,
    /// Earlier developments of the story, oldest first.
    pub earlier: Vec<EarlierDevelopment>,
    /// Message-ID of the story's first alert to this recipient (threading).
    pub in_reply_to: Option<String>,
}

/// One email to send: a single alert, or a digest of several.
#[derive(Debug, Clone)]
pub struct Due {
    /// Outbox row ids this email covers.
    pub ids: Vec<i64>,
    /// Attempt number (1-based; the highest of the rows).
    pub attempt: u32,
    /// The developments, one message each (a digest holds several).
    pub messages: Vec<AlertMessage>,
    /// Message-ID of the digest, when this is one.
    pub digest: Option<String>,
}

impl Due {
    /// The Message-ID this email is sent with.
    pub fn message_id(&self) -> &str {
        self.digest.as_deref().unwrap_or_else(|| {
            self.messages
                .first()
                .map(|m| m.message_id.as_str())
                .unwrap_or("")
        })
    }
}

/// When the earliest pending alert falls due, if any is pending.
pub fn next_due(conn: &Connection) -> Result<Option<DateTime<Utc>>, StoreError> {
    let t: Option<String> = conn.query_row(
        "SELECT MIN(next_attempt) FROM outbox WHERE state = 'pending'",
        [],
        |r| r.get(0),
    )?;
    Ok(t.as_deref().and_then(parse_ts))
}

/// Claims due rows and records the attempt (before anything is sent), in one
/// transaction. Immediate rows over their watchlist's hourly cap are folded into a digest
/// that goes out when the cap allows; digest rows due together form one email per
/// watchlist and recipient, whose membership and Message-ID are fixed at the first attempt.
pub fn claim_due(
    conn: &mut Connection,
    now: DateTime<Utc>,
    ignore_backoff: bool,
    retry_base: std::time::Duration,
    limit: usize,
    delivery: &HashMap<String, Delivery>,
) -> Result<Vec<Due>, StoreError> {
    let tx = conn.transaction()?;
    #[allow(clippy::type_complexity)]
    let rows: Vec<(i64, i64, String, String, Option<String>, String)> = {
        let mut q = tx.prepare_cached(
            "SELECT id, attempts, watchlist, recipient, batch, message_id FROM outbox WHERE state = 'pending'
             AND (next_attempt <= ?2 OR (?1 AND (batch IS NULL OR attempts > 0))) ORDER BY id LIMIT ?3",
        )?;
        let r = q.query_map(params![ignore_backoff, ts(now), limit as i64], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })?;
        r.collect::<Result<_, _>>()?
    };
    let hour_ago = ts(now - Duration::hours(1));
    let mut sent_in_hour: HashMap<(String, String), i64> = HashMap::new();
    let mut singles: Vec<(i64, u32)> = Vec::new();
    let mut groups: Vec<(String, Vec<(i64, u32)>)> = Vec::new();
    for (id, attempts, wl, rcpt, batch, mid) in rows {
        let attempt = attempts as u32 + 1;
        if batch.is_none() {
            if let Some(Delivery::Immediate {
                max_per_hour: Some(cap),
            }) = delivery.get(&wl)
            {
                let key = (wl.clone(), rcpt.clone());
                if !sent_in_hour.contains_key(&key) {
                    let n: i64 = tx
                        .prepare_cached("SELECT COUNT(*) FROM outbox WHERE watchlist = ?1 AND recipient = ?2 AND batch IS NULL AND attempts > 0 AND COALESCE(sent_at, next_attempt) >= ?3")?
                        .query_row(params![wl, rcpt, hour_ago], |r| r.get(0))?;
                    sent_in_hour.insert(key.clone(), n);
                }
                let n = sent_in_hour.get_mut(&key).map(|n| {
                    *n += 1;
                    *n
                });
                if n.unwrap_or(0) > *cap as i64 && attempts == 0 {
                    // over the cap: fold into a digest sent when the hour has passed
                    tx.prepare_cached(
                        "UPDATE outbox SET batch = 'digest', next_attempt = ?2 WHERE id = ?1",
                    )?
                    .execute(params![id, ts(now + Duration::hours(1))])?;
                    continue;
                }
            }
            singles.push((id, attempt));
            continue;
        }
        // digest rows: an attempted row keeps its group; new rows join a new group
        let group_id = if attempts > 0 {
            mid
        } else {
            format!("new|{wl}|{rcpt}")
        };
        match groups.iter_mut().find(|g| g.0 == group_id) {
            Some(g) => g.1.push((id, attempt)),
            None => groups.push((group_id, vec![(id, attempt)])),
        }
    }
    let backoff_until = |attempt: u32| {
        let b = retry_base.as_secs_f64() * 2f64.powi((attempt - 1).min(16) as i32);
        ts(now + Duration::seconds(b.min(6.0 * 3600.0) as i64))
    };
    let mut out = Vec::new();
    for (id, attempt) in singles {
        tx.prepare_cached("UPDATE outbox SET attempts = ?2, next_attempt = ?3 WHERE id = ?1")?
            .execute(params![id, attempt as i64, backoff_until(attempt)])?;
        out.push(Due {
            ids: vec![id],
            attempt,
            messages: vec![load_message(&tx, id)?],
            digest: None,
        });
    }
    for (gid, members) in groups {
        let digest_id = if let Some(rest) = gid.strip_prefix("new|") {
            let first = members.first().map(|m| m.0).unwrap_or(0);
            let h = Sha256::digest(format!("{rest}|{first}|{}", members.len()).as_bytes());
            let tag: String = h.iter().take(6).map(|b| format!("{b:02x}")).collect();
            format!("<newshound.digest{first}.{tag}@newshound.invalid>")
        } else {
            gid
        };
        let attempt = members.iter().map(|m| m.1).max().unwrap_or(1);
        let mut messages = Vec::new();
        for (id, a) in &members {
            tx.prepare_cached(
                "UPDATE outbox SET attempts = ?2, next_attempt = ?3, message_id = ?4 WHERE id = ?1",
            )?
            .execute(params![id, *a as i64, backoff_until(*a), digest_id])?;
            messages.push(load_message(&tx, *id)?);
        }
        out.push(Due {
            ids: members.iter().map(|m| m.0).collect(),
            attempt,
            messages,
            digest: Some(digest_id),
        });
    }
    tx.commit()?;
    Ok(out)
}

fn load_message(conn: &Connection, outbox_id: i64) -> Result<AlertMessage, StoreError> {
    let (dev_id, recipient, message_id): (i64, String, String) = conn.query_row(
        "SELECT development_id, recipient, message_id FROM outbox WHERE id = ?1",
        [outbox_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let (watchlist, story_id, kind, actors, evidence, event_time): (String, i64, String, String, String, String) = conn.query_row(
        "SELECT watchlist, story_id, kind, actors, evidence, event_time FROM developments WHERE id = ?1",
        [dev_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
    )?;
    let story_title: String =
        conn.query_row("SELECT title FROM stories WHERE id = ?1", [story_id], |r| {
            r.get(0)
        })?;
    // each outlet's first report first, then the rest, oldest first; counted in full
    let mut q = conn.prepare_cached(
        "SELECT name, title, link, at FROM (
           SELECT f.name AS name, i.title AS title, i.link AS link, COALESCE(i.published, i.first_seen) AS at,
                  ROW_NUMBER() OVER (PARTITION BY i.feed_id ORDER BY COALESCE(i.published, i.first_seen)) AS nth
           FROM development_items di JOIN items i ON i.id = di.item_id JOIN feeds f ON f.id = i.feed_id
           WHERE di.development_id = ?1)
         ORDER BY nth > 1, at LIMIT ?2",
    )?;
    let (total_reports, outlets): (i64, i64) = conn.query_row(
        "SELECT COUNT(*), COUNT(DISTINCT i.feed_id) FROM development_items di JOIN items i ON i.id = di.item_id
         WHERE di.development_id = ?1",
        [dev_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let mut items = q
        .query_map(params![dev_id, REPORTS_LISTED as i64], |r| {
            Ok(ReportingItem {
                outlet: r.get(0)?,
                title: r.get(1)?,
                link: r.get(2)?,
                published: r.get(3)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    // listed in time order (the query picked them outlet-first)
    items.sort_by(|a, b| a.published.cmp(&b.published));
    let mut q = conn.prepare_cached(
        "SELECT kind, actors, event_time FROM developments WHERE story_id = ?1 AND id != ?2 AND event_time <= ?3 ORDER BY event_time, id",
    )?;
    let earlier = q
        .query_map(params![story_id, dev_id, event_time], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .map(|(kind, a, at)| EarlierDevelopment {
            kind,
            actors: serde_json::from_str(&a).unwrap_or_default(),
            at,
        })
        .collect();
    // the headline of the item the development was read in (its evidence sentence),
    // else its first report: the story's title may be another item's news
    let headline: Option<String> = conn
        .prepare_cached(
            "SELECT i.title FROM development_items di JOIN items i ON i.id = di.item_id
             WHERE di.development_id = ?1
             ORDER BY di.sentence = ?2 DESC, COALESCE(i.published, i.first_seen), i.id LIMIT 1",
        )?
        .query_row(params![dev_id, evidence], |r| r.get(0))
        .optional()?;
    let first_story_alert: Option<String> = conn
        .query_row(
            "SELECT o.message_id FROM outbox o JOIN developments d ON d.id = o.development_id
             WHERE d.story_id = ?1 AND o.recipient = ?2 AND o.id < ?3 ORDER BY o.id LIMIT 1",
            params![story_id, recipient, outbox_id],
            |r| r.get(0),
        )
        .optional()?;
    Ok(AlertMessage {
        development_id: dev_id,
        watchlist,
        recipient,
        message_id,
        kind,
        actors: serde_json::from_str(&actors)?,
        evidence,
        event_time,
        story_id,
        headline: headline.unwrap_or_else(|| story_title.clone()),
        story_title,
        items,
        total_reports: total_reports as usize,
        outlets: outlets as usize,
        earlier,
        in_reply_to: first_story_alert,
    })
}

/// Marks a row delivered.
pub fn mark_sent(conn: &mut Connection, id: i64, now: DateTime<Utc>) -> Result<(), StoreError> {
    conn.execute(
        "UPDATE outbox SET state = 'sent', sent_at = ?2, last_error = NULL WHERE id = ?1",
        params![id, ts(now)],
    )?;
    Ok(())
}

/// Records a failed attempt; after `max_attempts` the row is `failed`. Returns true if it failed for good.
pub fn mark_error(
    conn: &mut Connection,
    id: i64,
    error: &str,
    max_attempts: u32,
) -> Result<bool, StoreError> {
    let attempts: i64 = conn.query_row("SELECT attempts FROM outbox WHERE id = ?1", [id], |r| {
        r.get(0)
    })?;
    let failed = attempts as u32 >= max_attempts;
    conn.execute(
        "UPDATE outbox SET last_error = ?2, state = CASE WHEN ?3 THEN 'failed' ELSE state END WHERE id = ?1",
        params![id, error, failed],
    )?;
    Ok(failed)
}

/// Re-queues a failed (or pending) alert for immediate delivery; false if unknown or sent.
pub fn retry(conn: &mut Connection, id: i64, now: DateTime<Utc>) -> Result<bool, StoreError> {
    let n = conn.execute(
        "UPDATE outbox SET state = 'pending', attempts = 0, next_attempt = ?2 WHERE id = ?1 AND state != 'sent'",
        params![id, ts(now)],
    )?;
    Ok(n == 1)
}

/// A row of the `alerts` command.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AlertRow {
    /// Outbox id.
    pub id: i64,
    /// Development id.
    pub development: i64,
    /// Recipient.
    pub recipient: String,
    /// pending / sent / failed.
    pub state: String,
    /// Attempts so far.
    pub attempts: i64,
    /// Next attempt time (pending).
    pub next_attempt: String,
    /// Last error.
    pub last_error: Option<String>,
    /// Sent time.
    pub sent_at: Option<String>,
    /// Message-ID.
    pub message_id: String,
}

/// Every outbox row.
pub fn list(conn: &Connection) -> Result<Vec<AlertRow>, StoreError> {
    let mut q = conn.prepare("SELECT id, development_id, recipient, state, attempts, next_attempt, last_error, sent_at, message_id FROM outbox ORDER BY id")?;
    let rows = q.query_map([], |r| {
        Ok(AlertRow {
            id: r.get(0)?,
            development: r.get(1)?,
            recipient: r.get(2)?,
            state: r.get(3)?,
            attempts: r.get(4)?,
            next_attempt: r.get(5)?,
            last_error: r.get(6)?,
            sent_at: r.get(7)?,
            message_id: r.get(8)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Alerts waiting to be sent.
pub fn pending_count(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM outbox WHERE state = 'pending'",
        [],
        |r| r.get(0),
    )?)
}

/// Outbox rows per state, by state name.
pub fn count_by_state(conn: &Connection) -> Result<Vec<(String, i64)>, StoreError> {
    let mut q = conn.prepare("SELECT state, COUNT(*) FROM outbox GROUP BY state ORDER BY state")?;
    let rows = q.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}
