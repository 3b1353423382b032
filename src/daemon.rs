//! The worker: poll feeds (fetch → parse → normalise → store), analyse, deliver.
//! `once` runs one cycle; `run` keeps a schedule until SIGTERM/SIGINT and reloads the
//! config on SIGHUP. Delivery and analysis run beside polling, never blocking it.

use chrono::Utc;
use std::collections::HashMap;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tracing::{error, info, info_span, warn, Instrument};

use crate::analyse::{Analyser, AnalysisCounts};
use crate::config::{Config, FeedConfig};
use crate::email::Mailer;
use crate::fetch::{FetchOutcome, Fetcher};
use crate::outbox::{self, SendCounts};
use crate::store::feeds::{self, FeedState};
use crate::store::items::{self, IngestCounts, PruneCounts};
use crate::store::{analysis, Store};
use crate::{parse, schedule};

/// Pending items from which `once` starts analysing before polling has finished.
const EARLY_ANALYSIS: usize = 2048;

/// Everything a running daemon holds.
pub struct Worker {
    /// Active config.
    pub cfg: Config,
    /// Store handle.
    pub store: Store,
    fetcher: Fetcher,
    analyser: Arc<Analyser>,
    mailer: Arc<Mailer>,
}

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

    /// Polls one feed and stores the result in one transaction.
    pub async fn poll(
        store: Store,
        fetcher: Fetcher,
        feed: FeedConfig,
        max_backoff: Duration,
    ) -> PollResult {
        let url = feed.url.clone();
        let name = feed.name.clone();
        let span = info_span!("poll", feed = %feed.name, url = %feed.url);
        async move {
            let u = url.clone();
            let state = match store.call(move |c| feeds::feed_state(c, &u)).await {
                Ok(s) => s,
                Err(e) => {
                    return PollResult {
                        url,
                        name,
                        counts: None,
                        not_modified: false,
                        error: Some(e.to_string()),
                    }
                }
            };
            let started = std::time::Instant::now();
            let res = fetcher
                .fetch(&url, state.etag.as_deref(), state.last_modified.as_deref())
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
            let now = Utc::now();
            // next poll after a success: interval (adaptive: by last week's item rate),
            // never sooner than the server's freshness hint or the feed's <ttl>
            let items_last_week: u64 = if feed.adaptive.is_some() {
                let (id, week) = (state.id, now - chrono::Duration::days(7));
                store
                    .call(move |c| items::count_since(c, id, week))
                    .await
                    .unwrap_or(0) as u64
            } else {
                0
            };
            let ok_next_with = |hint: Option<Duration>| {
                let iv =
                    schedule::success_interval(feed.interval, feed.adaptive, items_last_week, hint);
                now + chrono::Duration::from_std(schedule::next_delay(
                    iv,
                    0,
                    max_backoff.max(iv),
                    None,
                ))
                .unwrap_or_default()
            };
            let fail = |msg: String, status: Option<u16>, retry: Option<Duration>| {
                let store = store.clone();
                let next = now
                    + chrono::Duration::from_std(schedule::next_delay(
                        feed.interval,
                        state.consecutive_errors + 1,
                        max_backoff,
                        retry,
                    ))
                    .unwrap_or_default();
                let id = state.id;
                async move {
                    let m = msg.clone();
                    if let Err(e) = store
                        .call(move |c| feeds::record_failure(c, id, &m, status, now, next))
                        .await
                    {
                        error!("cannot record the failure: {e}");
                    }
                    msg
                }
            };
            match res {
                Ok(FetchOutcome::NotModified { etag, cache_hint }) => {
                    let id = state.id;
                    let ok_next = ok_next_with(cache_hint);
                    let r = store
                        .call(move |c| {
                            feeds::record_not_modified(c, id, etag.as_deref(), now, ok_next)
                        })
                        .await;
                    PollResult {
                        url,
                        name,
                        counts: Some(IngestCounts::default()),
                        not_modified: true,
                        error: r.err().map(|e| e.to_string()),
                    }
                }
                Ok(FetchOutcome::Body {
                    body,
                    content_type,
                    etag,
                    last_modified,
                    status,
                    cache_hint,
                }) => {
                    let parsed = tokio::task::spawn_blocking(move || {
                        parse::parse_feed_ttl(&body, content_type.as_deref()).map(
                            |(entries, ttl)| {
                                (crate::normalise::normalise(entries, Utc::now()), ttl)
                            },
                        )
                    })
                    .await;
                    let (items, ttl) = match parsed {
                        Ok(Ok(x)) => x,
                        Ok(Err(e)) => {
                            let msg = fail(e.to_string(), Some(status), None).await;
                            return PollResult {
                                url,
                                name,
                                counts: None,
                                not_modified: false,
                                error: Some(msg),
                            };
                        }
                        Err(e) => {
                            let msg =
                                fail(format!("parser task failed: {e}"), Some(status), None).await;
                            return PollResult {
                                url,
                                name,
                                counts: None,
                                not_modified: false,
                                error: Some(msg),
                            };
                        }
                    };
                    let id = state.id;
                    let ttl_hint = ttl.map(|m| Duration::from_secs(m as u64 * 60));
                    let ok_next = ok_next_with(cache_hint.max(ttl_hint));
                    let r = store
                        .call(move |c| {
                            items::record_success(
                                c,
                                id,
                                &items,
                                etag.as_deref(),
                                last_modified.as_deref(),
                                status,
                                now,
                                ok_next,
                            )
                        })
                        .await;
                    match r {
                        Ok(counts) => {
                            m.items_new.fetch_add(counts.new as u64, Relaxed);
                            m.items_updated.fetch_add(counts.updated as u64, Relaxed);
                            info!(
                                new = counts.new,
                                updated = counts.updated,
                                unchanged = counts.unchanged,
                                "polled"
                            );
                            PollResult {
                                url,
                                name,
                                counts: Some(counts),
                                not_modified: false,
                                error: None,
                            }
                        }
                        Err(e) => PollResult {
                            url,
                            name,
                            counts: None,
                            not_modified: false,
                            error: Some(format!("cannot store items: {e}")),
                        },
                    }
                }
                Err(e) => {
                    let status = match &e {
                        crate::fetch::FetchError::Status { status, .. } => Some(*status),
                        _ => None,
                    };
                    let msg = fail(e.to_string(), status, e.retry_after()).await;
                    PollResult {
                        url,
                        name,
                        counts: None,
                        not_modified: false,
                        error: Some(msg),
                    }
                }
            }
        }
        .instrument(span)
        .await
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

/// Runs the daemon until SIGTERM/SIGINT; SIGHUP reloads `config_path`.
pub async fn run(config_path: std::path::PathBuf, cfg: Config) -> anyhow::Result<()> {
    use tokio::signal::unix::{signal, SignalKind};
    let mut worker = Worker::new(cfg)?;
    let mut term = signal(SignalKind::terminate())?;
    let mut web = crate::web::WebServer::start(&worker.cfg, &worker.store).await?;
    let mut int = signal(SignalKind::interrupt())?;
    let mut hup = signal(SignalKind::hangup())?;

    let mut due: HashMap<String, (FeedConfig, tokio::time::Instant)> = HashMap::new();
    let schedule_feeds =
        |worker: &Worker,
         states: Vec<FeedState>,
         due: &mut HashMap<String, (FeedConfig, tokio::time::Instant)>| {
            let now = Utc::now();
            let keep: HashMap<String, tokio::time::Instant> =
                due.drain().map(|(k, v)| (k, v.1)).collect();
            for f in &worker.cfg.feeds {
                let at = keep.get(&f.url).copied().unwrap_or_else(|| {
                    let st = states.iter().find(|s| s.url == f.url);
                    match st.and_then(|s| s.next_poll) {
                        Some(t) if t > now => {
                            tokio::time::Instant::now()
                                + (t - now).to_std().unwrap_or_default().min(f.interval)
                        }
                        _ => tokio::time::Instant::now(),
                    }
                });
                due.insert(f.url.clone(), (f.clone(), at));
            }
        };
    let feeds = worker.cfg.feeds.clone();
    let states = worker
        .store
        .call(move |c| feeds::sync_feeds(c, &feeds))
        .await?;
    schedule_feeds(&worker, states, &mut due);
    info!(feeds = worker.cfg.feeds.len(), watchlists = worker.cfg.watchlists.len(), db = %worker.store.path().display(), "newshound running");
    let notifier = crate::notify::Notifier::from_env();
    let metrics_task = worker
        .cfg
        .daemon
        .metrics_listen
        .clone()
        .map(|addr| tokio::spawn(crate::metrics::serve(addr, worker.store.clone())));
    notifier.send(&format!(
        "READY=1\nSTATUS=watching {} feed(s)",
        worker.cfg.feeds.len()
    ));
    let mut last_watchdog = tokio::time::Instant::now();
    let mut last_status = tokio::time::Instant::now();
    let mut last_health = tokio::time::Instant::now();
    let mut last_prune =
        tokio::time::Instant::now() - Duration::from_secs(24 * 3600) + Duration::from_secs(60);

    let sem = Arc::new(Semaphore::new(worker.cfg.daemon.max_concurrency));
    let mut polls: JoinSet<PollResult> = JoinSet::new();
    let mut in_flight: std::collections::HashSet<String> = Default::default();
    let mut analysis: Option<tokio::task::JoinHandle<anyhow::Result<AnalysisCounts>>> = None;
    let mut sender: Option<tokio::task::JoinHandle<anyhow::Result<SendCounts>>> = None;
    let mut analyse_needed = true;
    let mut last_send = tokio::time::Instant::now() - Duration::from_secs(60);
    let mut tick = tokio::time::interval(Duration::from_millis(250));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);

    loop {
        tokio::select! {
            _ = term.recv() => { info!("SIGTERM: shutting down"); break; }
            _ = int.recv() => { info!("SIGINT: shutting down"); break; }
            _ = hup.recv() => {
                notifier.send("RELOADING=1");
                match Config::load(&config_path) {
                    Ok(new_cfg) => match Worker::new(new_cfg) {
                        Ok(w) => {
                            worker = w;
                            web = crate::web::WebServer::reload(web.take(), &worker.cfg, &worker.store).await;
                            let feeds = worker.cfg.feeds.clone();
                            match worker.store.call(move |c| feeds::sync_feeds(c, &feeds)).await {
                                Ok(states) => schedule_feeds(&worker, states, &mut due),
                                Err(e) => error!("reload: {e}"),
                            }
                            analyse_needed = true;
                            info!(feeds = worker.cfg.feeds.len(), "configuration reloaded");
                            notifier.send("READY=1\nSTATUS=configuration reloaded");
                        }
                        Err(e) => error!("reload failed, keeping the old configuration: {e:#}"),
                    },
                    Err(e) => error!("reload failed, keeping the old configuration: {e}"),
                }
            }
            Some(done) = polls.join_next(), if !polls.is_empty() => {
                if let Ok(r) = done {
                    in_flight.remove(&r.url);
                    if let Some(e) = &r.error {
                        warn!("feed {} <{}>: {e}", r.name, r.url);
                    }
                    if let Some(c) = r.counts {
                        if c.new + c.updated > 0 { analyse_needed = true; }
                    }
                    let next = tokio::time::Instant::now() + worker.cfg.feeds.iter().find(|f| f.url == r.url).map(|f| schedule::jitter(f.interval)).unwrap_or(Duration::from_secs(600));
                    if let Some(entry) = due.get_mut(&r.url) {
                        // the poll stored its next time (interval, adaptive rate, cache
                        // hints, backoff, Retry-After): follow it
                        let u = r.url.clone();
                        let st = worker.store.call(move |c| feeds::feed_state(c, &u)).await.ok();
                        entry.1 = match st.and_then(|s| s.next_poll) {
                            Some(t) => tokio::time::Instant::now() + (t - Utc::now()).to_std().unwrap_or_default(),
                            None => next,
                        };
                    }
                }
            }
            _ = tick.tick() => {
                let now = tokio::time::Instant::now();
                // the watchdog is fed from the main loop: a wedged loop gets restarted
                if let Some(iv) = notifier.watchdog_interval {
                    if now.duration_since(last_watchdog) >= iv {
                        notifier.send("WATCHDOG=1");
                        last_watchdog = now;
                    }
                }
                if now.duration_since(last_health) >= Duration::from_secs(60) {
                    last_health = now;
                    if let Err(e) = worker.check_health().await {
                        warn!("feed health check failed: {e:#}");
                    }
                }
                if now.duration_since(last_prune) >= Duration::from_secs(24 * 3600) {
                    last_prune = now;
                    if let Err(e) = worker.prune().await {
                        warn!("retention failed: {e:#}");
                    }
                }
                if now.duration_since(last_status) >= Duration::from_secs(30) {
                    last_status = now;
                    if let Ok((items, pending)) = worker.store.call(|c| {
                        Ok((items::count(c)?, crate::store::outbox::pending_count(c)?))
                    }).await {
                        notifier.send(&format!("STATUS={} feed(s), {} item(s), {} pending alert(s), {} poll(s) in flight", worker.cfg.feeds.len(), items, pending, in_flight.len()));
                    }
                }
                for (url, (feed, at)) in due.iter() {
                    if *at <= now && !in_flight.contains(url) {
                        in_flight.insert(url.clone());
                        let (store, fetcher, sem, f, mb) = (worker.store.clone(), worker.fetcher.clone(), sem.clone(), feed.clone(), worker.cfg.daemon.max_backoff);
                        polls.spawn(async move {
                            let _p = sem.acquire_owned().await;
                            Worker::poll(store, fetcher, f, mb).await
                        });
                    }
                }
                if analysis.as_ref().map(|h| h.is_finished()).unwrap_or(true) {
                    if let Some(h) = analysis.take() {
                        match h.await {
                            Ok(Ok(c)) if c.items > 0 => { info!(items = c.items, developments = c.developments, alerts = c.alerts, "analysed"); if c.alerts > 0 { last_send = now - Duration::from_secs(60); } }
                            Ok(Err(e)) => { error!("analysis failed: {e:#}"); analyse_needed = true; }
                            _ => {}
                        }
                    }
                    if analyse_needed {
                        analyse_needed = false;
                        analysis = Some(tokio::spawn(analyse(worker.store.clone(), worker.analyser.clone())));
                    }
                }
                if sender.as_ref().map(|h| h.is_finished()).unwrap_or(true) && now.duration_since(last_send) >= Duration::from_secs(5) {
                    if let Some(h) = sender.take() {
                        if let Ok(Err(e)) = h.await { error!("delivery pass failed: {e:#}"); }
                    }
                    last_send = now;
                    sender = Some(tokio::spawn(outbox::deliver(worker.store.clone(), worker.mailer.clone(), worker.cfg.clone(), false)));
                }
            }
        }
    }
    notifier.send("STOPPING=1");
    if let Some(t) = metrics_task {
        t.abort();
    }
    if let Some(w) = web {
        w.stop();
    }
    // graceful: no new polls; give in-flight work up to 10 s
    let deadline = tokio::time::sleep(Duration::from_secs(10));
    tokio::pin!(deadline);
    loop {
        tokio::select! {
            _ = &mut deadline => { warn!("in-flight polls abandoned at shutdown (nothing stored from them is lost)"); polls.abort_all(); break; }
            r = polls.join_next() => { if r.is_none() { break; } }
        }
    }
    if let Some(h) = analysis {
        let _ = tokio::time::timeout(Duration::from_secs(5), h).await;
    }
    if let Some(h) = sender {
        let _ = tokio::time::timeout(Duration::from_secs(5), h).await;
    }
    info!("stopped");
    Ok(())
}
