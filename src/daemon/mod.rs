//! The worker: poll feeds (fetch → parse → normalise → store), analyse, deliver.
//! `once` runs one cycle (here); `run` keeps a schedule until its shutdown future
//! completes and reloads the config on SIGHUP (`run.rs`); polling one feed is `poll.rs`.
//! Delivery and analysis run beside polling, never blocking it.

mod poll;
mod run;

pub use poll::PollResult;
pub use run::{run, stop_signals};

use chrono::Utc;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tracing::{error, info, warn};

use crate::analyse::{Analyser, AnalysisCounts};
use crate::config::{Config, FeedConfig};
use crate::email::Mailer;
use crate::fetch::Fetcher;
use crate::outbox::{self, SendCounts};
use crate::store::feeds;
use crate::store::items::{self, PruneCounts};
use crate::store::{analysis, Store};

/// Pending items from which `once` starts analysing before polling has finished.
const EARLY_ANALYSIS: usize = 2048;

/// Everything a running daemon holds; cheap to clone (the config is copied, the rest
/// are handles), so background jobs get their own.
#[derive(Clone)]
pub struct Worker {
    /// Active config.
    pub cfg: Config,
    /// Store handle.
    pub store: Store,
    fetcher: Fetcher,
    analyser: Arc<Analyser>,
    mailer: Arc<Mailer>,
}

impl Worker {
    /// Opens the store and builds the clients.
    pub fn new(cfg: Config) -> anyhow::Result<Worker> {
        let store = Store::open(&cfg.daemon.state_dir)?;
        let fetcher = Fetcher::new(&cfg.daemon)?;
        let mailer = Mailer::new(&cfg.email)?;
        Ok(Worker {
            analyser: Arc::new(Analyser::new(&cfg)),
            mailer: Arc::new(mailer),
            fetcher,
            store,
            cfg,
        })
    }

    /// Polls one feed and stores the result in one transaction. The poll's state is
    /// boxed when it starts: a task waiting for its turn (10,000 feeds are spawned at
    /// once, `max_concurrency` run) then holds a few words, not the whole poll.
    pub async fn poll(
        store: Store,
        fetcher: Fetcher,
        feed: FeedConfig,
        max_backoff: Duration,
    ) -> PollResult {
        Box::pin(poll::poll(store, fetcher, feed, max_backoff)).await
    }

    /// Analyses pending items on the store thread.
    pub async fn analyse(&self) -> anyhow::Result<AnalysisCounts> {
        analyse(self.store.clone(), self.analyser.clone()).await
    }

    /// Delivers due alerts (all pending ones when `ignore_backoff`).
    pub async fn send(&self, ignore_backoff: bool) -> anyhow::Result<SendCounts> {
        outbox::deliver(
            self.store.clone(),
            self.mailer.clone(),
            self.cfg.clone(),
            ignore_backoff,
        )
        .await
    }

    /// Retention: drops the text of items older than `keep_items`.
    pub async fn prune(&self) -> anyhow::Result<PruneCounts> {
        if self.cfg.daemon.keep_items.is_zero() {
            return Ok(PruneCounts::default());
        }
        let cutoff = Utc::now()
            - chrono::Duration::from_std(self.cfg.daemon.keep_items)
                .unwrap_or(chrono::Duration::days(90));
        // a daily job: `once` runs it too, but a scan of the whole store per cycle is
        // not needed, so the last run is remembered in the store
        let c = self
            .store
            .call(move |c| items::prune_if_due(c, cutoff, Utc::now()))
            .await?;
        if c.items + c.revisions > 0 {
            info!(
                items = c.items,
                revisions = c.revisions,
                "retention: pruned old text"
            );
        }
        Ok(c)
    }

    /// Operations emails for failing or silent feeds.
    pub async fn check_health(&self) -> anyhow::Result<usize> {
        crate::health::check(&self.store, &self.cfg, &self.mailer, Utc::now()).await
    }

    /// Polls every configured feed now (at most `max_concurrency` at a time).
    pub async fn poll_all(&self) -> anyhow::Result<Vec<PollResult>> {
        let feeds = self.cfg.feeds.clone();
        self.store
            .call(move |c| feeds::sync_feeds(c, &feeds))
            .await?;
        let sem = Arc::new(Semaphore::new(self.cfg.daemon.max_concurrency));
        let mut set = JoinSet::new();
        for f in self.cfg.feeds.clone() {
            let (store, fetcher, sem, mb) = (
                self.store.clone(),
                self.fetcher.clone(),
                sem.clone(),
                self.cfg.daemon.max_backoff,
            );
            set.spawn(async move {
                let _p = sem.acquire_owned().await;
                Worker::poll(store, fetcher, f, mb).await
            });
        }
        let mut results = Vec::new();
        while let Some(r) = set.join_next().await {
            match r {
                Ok(r) => results.push(r),
                Err(e) => error!("a poll task failed: {e}"),
            }
        }
        Ok(results)
    }

    /// One full cycle: every feed now, analysis, every pending alert once.
    pub async fn once(&self) -> anyhow::Result<Vec<PollResult>> {
        // a large first ingest is analysed while the rest is still being fetched (as the
        // daemon does), so the store thread never idles; small cycles analyse at the end
        let polling = std::sync::atomic::AtomicBool::new(true);
        let early = async {
            let mut n = AnalysisCounts::default();
            while polling.load(Relaxed) {
                let pending = self.store.call(|c| analysis::pending_count(c)).await?;
                if pending >= EARLY_ANALYSIS as i64 {
                    n += self.analyse().await?;
                } else {
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            }
            anyhow::Ok(n)
        };
        let polls = async {
            let r = self.poll_all().await;
            polling.store(false, Relaxed);
            r
        };
        let (results, early) = tokio::join!(polls, early);
        let (results, early) = (results?, early?);
        let mut a = self.analyse().await?;
        a += early;
        info!(
            items = a.items,
            taken = a.taken,
            developments = a.developments,
            alerts = a.alerts,
            "analysed"
        );
        let s = self.send(true).await?;
        info!(
            sent = s.sent,
            errors = s.errors,
            failed = s.failed,
            "delivered"
        );
        if let Err(e) = self.check_health().await {
            warn!("feed health check failed: {e:#}");
        }
        if let Err(e) = self.prune().await {
            warn!("retention failed: {e:#}");
        }
        Ok(results)
    }
}

async fn analyse(store: Store, analyser: Arc<Analyser>) -> anyhow::Result<AnalysisCounts> {
    Ok(store.call(move |c| analyser.run(c, Utc::now())).await?)
}
