//! Polling one feed: fetch with the stored validators, parse and normalise off the
//! runtime, store the outcome in one transaction, and work out when to poll next. The
//! result carries that time, so the scheduler never reads it back from the store.

use chrono::{DateTime, Utc};
use std::sync::atomic::Ordering::Relaxed;
use std::time::Duration;
use tracing::{error, info, info_span, Instrument};

use crate::config::FeedConfig;
use crate::fetch::{FetchError, FetchOutcome, Fetcher};
use crate::store::feeds::{self, FeedState};
use crate::store::items::{self, IngestCounts};
use crate::store::Store;
use crate::{parse, schedule};

/// Outcome of polling one feed. A failed poll is not logged by `poll`: its caller
/// reports it once (`once` on stderr, `run` in the log), with the feed's name.
#[derive(Debug)]
pub struct PollResult {
    /// Feed URL.
    pub url: String,
    /// Feed name, for reports.
    pub name: String,
    /// Items stored (None when the poll failed).
    pub counts: Option<IngestCounts>,
    /// 304?
    pub not_modified: bool,
    /// Error, for stderr.
    pub error: Option<String>,
    /// When to poll next (interval, adaptive rate, cache hints, backoff, Retry-After), as
    /// stored; None when the feed's state could not even be read.
    pub next_poll: Option<DateTime<Utc>>,
}

/// Polls one feed and stores the result in one transaction.
pub async fn poll(
    store: Store,
    fetcher: Fetcher,
    feed: FeedConfig,
    max_backoff: Duration,
) -> PollResult {
    let span = info_span!("poll", feed = %feed.name, url = %feed.url);
    async move {
        let u = feed.url.clone();
        let state = match store.call(move |c| feeds::feed_state(c, &u)).await {
            Ok(s) => s,
            Err(e) => return result(&feed, None, false, Some(e.to_string()), None),
        };
        let res = fetch(&fetcher, &feed.url, &state).await;
        let p = Poll {
            store,
            feed,
            state,
            now: Utc::now(),
            max_backoff,
        };
        match res {
            Ok(FetchOutcome::NotModified { etag, cache_hint }) => {
                p.not_modified(etag, cache_hint).await
            }
            Ok(FetchOutcome::Body {
                body,
                content_type,
                etag,
                last_modified,
                status,
                cache_hint,
            }) => {
                let validators = Validators {
                    etag,
                    last_modified,
                    status,
                };
                p.body(body, content_type, validators, cache_hint).await
            }
            Err(e) => {
                let status = match &e {
                    FetchError::Status { status, .. } => Some(*status),
                    _ => None,
                };
                let retry = e.retry_after();
                p.failed(e.to_string(), status, retry).await
            }
        }
    }
    .instrument(span)
    .await
}

fn result(
    feed: &FeedConfig,
    counts: Option<IngestCounts>,
    not_modified: bool,
    error: Option<String>,
    next_poll: Option<DateTime<Utc>>,
) -> PollResult {
    PollResult {
        url: feed.url.clone(),
        name: feed.name.clone(),
        counts,
        not_modified,
        error,
        next_poll,
    }
}

/// Fetches with the stored validators and counts the outcome in the metrics.
async fn fetch(
    fetcher: &Fetcher,
    url: &str,
    state: &FeedState,
) -> Result<FetchOutcome, FetchError> {
    let started = std::time::Instant::now();
    let res = fetcher
        .fetch(url, state.etag.as_deref(), state.last_modified.as_deref())
        .await;
    let m = crate::metrics::metrics();
    m.observe_fetch(started.elapsed().as_secs_f64());
    match &res {
        Ok(FetchOutcome::NotModified { .. }) => m.fetch_not_modified.fetch_add(1, Relaxed),
        Ok(FetchOutcome::Body { body, .. }) => {
            m.bytes.fetch_add(body.len() as u64, Relaxed);
            m.fetch_ok.fetch_add(1, Relaxed)
        }
        Err(_) => m.fetch_error.fetch_add(1, Relaxed),
    };
    res
}

/// What a 200 answer sets besides the items.
struct Validators {
    etag: Option<String>,
    last_modified: Option<String>,
    status: u16,
}

/// One poll after its fetch: the feed, its stored state and the time of the answer.
struct Poll {
    store: Store,
    feed: FeedConfig,
    state: FeedState,
    now: DateTime<Utc>,
    max_backoff: Duration,
}

impl Poll {
    /// Next poll after a success: the interval (adaptive: by last week's item rate),
    /// never sooner than the server's freshness hint or the feed's `<ttl>`.
    async fn next_after_success(&self, hint: Option<Duration>) -> DateTime<Utc> {
        let items_last_week = if self.feed.adaptive.is_some() {
            let (id, week) = (self.state.id, self.now - chrono::Duration::days(7));
            self.store
                .call(move |c| items::count_since(c, id, week))
                .await
                .unwrap_or(0) as u64
        } else {
            0
        };
        let f = &self.feed;
        let iv = schedule::success_interval(f.interval, f.adaptive, items_last_week, hint);
        let delay = schedule::next_delay(iv, 0, self.max_backoff.max(iv), None);
        self.now + chrono::Duration::from_std(delay).unwrap_or_default()
    }

    /// Records a failure (backing off, `Retry-After` a lower bound) and reports it.
    async fn failed(
        &self,
        msg: String,
        status: Option<u16>,
        retry: Option<Duration>,
    ) -> PollResult {
        let delay = schedule::next_delay(
            self.feed.interval,
            self.state.consecutive_errors + 1,
            self.max_backoff,
            retry,
        );
        let next = self.now + chrono::Duration::from_std(delay).unwrap_or_default();
        let (id, now, m) = (self.state.id, self.now, msg.clone());
        if let Err(e) = self
            .store
            .call(move |c| feeds::record_failure(c, id, &m, status, now, next))
            .await
        {
            error!("cannot record the failure: {e}");
        }
        result(&self.feed, None, false, Some(msg), Some(next))
    }

    /// A 304: health and validators only.
    async fn not_modified(&self, etag: Option<String>, cache_hint: Option<Duration>) -> PollResult {
        let next = self.next_after_success(cache_hint).await;
        let (id, now) = (self.state.id, self.now);
        let r = self
            .store
            .call(move |c| feeds::record_not_modified(c, id, etag.as_deref(), now, next))
            .await;
        let error = r.err().map(|e| e.to_string());
        result(
            &self.feed,
            Some(IngestCounts::default()),
            true,
            error,
            Some(next),
        )
    }

    /// A 200: parse and normalise on a blocking thread, then store the items.
    async fn body(
        &self,
        body: Vec<u8>,
        content_type: Option<String>,
        v: Validators,
        cache_hint: Option<Duration>,
    ) -> PollResult {
        let parsed = tokio::task::spawn_blocking(move || {
            parse::parse_feed_ttl(&body, content_type.as_deref())
                .map(|(entries, ttl)| (crate::normalise::normalise(entries, Utc::now()), ttl))
        })
        .await;
        let (items, ttl) = match parsed {
            Ok(Ok(x)) => x,
            Ok(Err(e)) => return self.failed(e.to_string(), Some(v.status), None).await,
            Err(e) => {
                let msg = format!("parser task failed: {e}");
                return self.failed(msg, Some(v.status), None).await;
            }
        };
        let ttl_hint = ttl.map(|m| Duration::from_secs(m as u64 * 60));
        let next = self.next_after_success(cache_hint.max(ttl_hint)).await;
        let (id, now) = (self.state.id, self.now);
        let r = self
            .store
            .call(move |c| {
                let (etag, lm) = (v.etag.as_deref(), v.last_modified.as_deref());
                items::record_success(c, id, &items, etag, lm, v.status, now, next)
            })
            .await;
        match r {
            Ok(counts) => {
                let m = crate::metrics::metrics();
                m.items_new.fetch_add(counts.new as u64, Relaxed);
                m.items_updated.fetch_add(counts.updated as u64, Relaxed);
                info!(
                    new = counts.new,
                    updated = counts.updated,
                    unchanged = counts.unchanged,
                    "polled"
                );
                result(&self.feed, Some(counts), false, None, Some(next))
            }
            Err(e) => {
                let msg = format!("cannot store items: {e}");
                result(&self.feed, None, false, Some(msg), Some(next))
            }
        }
    }
}
