//! The alert outbox's delivery: rows are written with their development (by `analyse`,
//! through `store::outbox`), then delivered by a pass that records each attempt *before*
//! sending and success *after*, so an alert is never lost and never sent twice (except
//! in the instant between the server's acceptance and our commit, when the re-send
//! carries the same Message-ID and is logged). Retries back off exponentially; a row is
//! `failed` after `max_attempts`.

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::Duration;
use tracing::{error, info, warn};

use crate::config::{Config, DigestSchedule, TimeZone};
use crate::email::Mailer;
use crate::store::Store;

pub use crate::store::outbox::{
    claim_due, list, mark_error, mark_sent, next_due, retry, AlertRow, Due, REPORTS_LISTED,
};

/// Deterministic Message-ID for (development, recipient).
pub fn message_id(development: i64, recipient: &str) -> String {
    let h = Sha256::digest(recipient.to_lowercase().as_bytes());
    let tag: String = h.iter().take(6).map(|b| format!("{b:02x}")).collect();
    format!("<newshound.dev{development}.{tag}@newshound.invalid>")
}

/// Next digest time after `now`.
pub fn next_digest(now: DateTime<Utc>, sched: DigestSchedule, tz: TimeZone) -> DateTime<Utc> {
    match sched {
        DigestSchedule::Every(d) => {
            let step = d.as_secs().max(1) as i64;
            let next = (now.timestamp() / step + 1) * step;
            DateTime::from_timestamp(next, 0).unwrap_or(now)
        }
        // the day's own offset: 07:00 stays 07:00 across a DST change
        DigestSchedule::At(h, m) => tz.next_at(now, h, m),
    }
}

/// Summary of one delivery pass.
#[derive(Debug, Default, Clone, Copy)]
pub struct SendCounts {
    /// Delivered.
    pub sent: usize,
    /// Failed this time (will retry).
    pub errors: usize,
    /// Given up on.
    pub failed: usize,
}

/// Delivers due alerts: everything pending, each tried once, when `ignore_backoff`
/// (`once`); else what is due, in batches until nothing is (the daemon).
pub async fn deliver(
    store: Store,
    mailer: Arc<Mailer>,
    cfg: Config,
    ignore_backoff: bool,
) -> anyhow::Result<SendCounts> {
    let mut counts = SendCounts::default();
    let retry_base = cfg.alerts.retry_base;
    let pres = crate::email::Presentation::new(&cfg);
    let delivery: Arc<HashMap<String, crate::config::Delivery>> = Arc::new(
        cfg.watchlists
            .iter()
            .map(|w| (w.name.clone(), w.delivery.clone()))
            .collect(),
    );
    // `once` claims everything due in one pass (each row is tried exactly once);
    // the daemon works in batches until nothing is due
    let limit = if ignore_backoff { usize::MAX >> 1 } else { 50 };
    loop {
        let dl = delivery.clone();
        let due = store
            .call(move |c| claim_due(c, Utc::now(), ignore_backoff, retry_base, limit, &dl))
            .await?;
        if due.is_empty() {
            break;
        }
        for d in due {
            let mid = d.message_id().to_string();
            let to = d
                .messages
                .first()
                .map(|m| m.recipient.clone())
                .unwrap_or_default();
            if d.attempt > 1 {
                warn!(alerts = ?d.ids, attempt = d.attempt, message_id = %mid, "re-sending (an earlier attempt may have been accepted; same Message-ID)");
            }
            let built = d.compose(&cfg.email.from, &pres);
            let result = match built {
                Ok(m) => tokio::time::timeout(
                    cfg.email.timeout + Duration::from_secs(5),
                    mailer.send(m, &mid),
                )
                .await
                .unwrap_or_else(|_| Err(crate::email::EmailError::Transport("timed out".into()))),
                Err(e) => Err(e),
            };
            let ids = d.ids.clone();
            match result {
                Ok(answer) => {
                    let n = ids.len();
                    store
                        .call(move |c| {
                            for id in ids {
                                mark_sent(c, id, Utc::now())?;
                            }
                            Ok(())
                        })
                        .await?;
                    info!(alerts = ?d.ids, to = %to, "{} sent: {answer}", if d.digest.is_some() { "digest" } else { "alert" });
                    counts.sent += n;
                    crate::metrics::metrics().alerts_sent.fetch_add(1, Relaxed);
                }
                Err(e) => {
                    crate::metrics::metrics().alert_errors.fetch_add(1, Relaxed);
                    let msg = e.to_string();
                    let max = cfg.alerts.max_attempts;
                    let failed = store
                        .call(move |c| {
                            let mut any = false;
                            for id in ids {
                                any |= mark_error(c, id, &msg, max)?;
                            }
                            Ok(any)
                        })
                        .await?;
                    if failed {
                        error!(alerts = ?d.ids, to = %to, "alert failed for good after {max} attempts: {e} (re-queue with `newshound alerts retry ID`)");
                        counts.failed += d.ids.len();
                    } else {
                        warn!(alerts = ?d.ids, attempt = d.attempt, "delivery failed, will retry: {e}");
                        counts.errors += d.ids.len();
                    }
                }
            }
        }
        if ignore_backoff {
            break;
        }
    }
    Ok(counts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone as _;

    #[test]
    fn digest_times() {
        let now = Utc.with_ymd_and_hms(2024, 5, 6, 8, 30, 0).single().unwrap();
        let utc = TimeZone::Fixed(chrono::Offset::fix(&Utc));
        assert_eq!(
            next_digest(now, DigestSchedule::At(7, 0), utc),
            Utc.with_ymd_and_hms(2024, 5, 7, 7, 0, 0).single().unwrap()
        );
        assert_eq!(
            next_digest(now, DigestSchedule::At(9, 15), utc),
            Utc.with_ymd_and_hms(2024, 5, 6, 9, 15, 0).single().unwrap()
        );
        let plus2 = TimeZone::Fixed(chrono::FixedOffset::east_opt(2 * 3600).unwrap());
        // 07:00 at +02:00 is 05:00 UTC, already past: tomorrow
        assert_eq!(
            next_digest(now, DigestSchedule::At(7, 0), plus2),
            Utc.with_ymd_and_hms(2024, 5, 7, 5, 0, 0).single().unwrap()
        );
        assert_eq!(
            next_digest(
                now,
                DigestSchedule::Every(std::time::Duration::from_secs(6 * 3600)),
                utc
            ),
            Utc.with_ymd_and_hms(2024, 5, 6, 12, 0, 0).single().unwrap()
        );
    }

    #[test]
    fn daily_digest_across_a_dst_change_stays_at_its_hour() {
        let berlin = TimeZone::parse("Europe/Berlin").unwrap();
        // Saturday 30 March 2024, 09:30 in Berlin (CET, +01:00); DST starts overnight
        let now = Utc
            .with_ymd_and_hms(2024, 3, 30, 8, 30, 0)
            .single()
            .unwrap();
        // Sunday's 07:00 is CEST (+02:00): 05:00 UTC, not 06:00
        assert_eq!(
            next_digest(now, DigestSchedule::At(7, 0), berlin),
            Utc.with_ymd_and_hms(2024, 3, 31, 5, 0, 0).single().unwrap()
        );
        // and the day after, still 07:00 local
        let sunday = Utc.with_ymd_and_hms(2024, 3, 31, 5, 0, 0).single().unwrap();
        assert_eq!(
            next_digest(sunday, DigestSchedule::At(7, 0), berlin),
            Utc.with_ymd_and_hms(2024, 4, 1, 5, 0, 0).single().unwrap()
        );
    }

    #[test]
    fn message_ids_are_deterministic_per_recipient() {
        assert_eq!(message_id(3, "A@x.org"), message_id(3, "a@x.org"));
        assert_ne!(message_id(3, "a@x.org"), message_id(3, "b@x.org"));
        assert_ne!(message_id(3, "a@x.org"), message_id(4, "a@x.org"));
    }
}
