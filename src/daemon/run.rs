//! `newshound run`: the daemon loop. It schedules polls, starts analysis, delivery,
//! feed health checks, retention and status reports as tasks of their own, feeds the
//! systemd watchdog, and reloads the config on SIGHUP, so it never waits on mail, the
//! store or a long analysis while the watchdog is due. It stops when its shutdown future
//! completes, which makes it testable in-process.

use chrono::Utc;
use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{mpsc, Semaphore};
use tokio::task::{JoinError, JoinHandle, JoinSet};
use tokio::time::Instant;
use tracing::{error, info, warn};

use super::{analyse, PollResult, Worker};
use crate::analyse::AnalysisCounts;
use crate::config::{Config, FeedConfig};
use crate::notify::Notifier;
use crate::outbox::{self, SendCounts};
use crate::store::feeds::{self, FeedState};
use crate::store::{items, outbox as outbox_rows};
use crate::web::WebServer;

/// How often the loop wakes to schedule polls and start jobs.
const TICK: Duration = Duration::from_millis(250);
/// Feed health checks (operations email).
const HEALTH_EVERY: Duration = Duration::from_secs(60);
/// Retention (the job itself skips a run within 24 h of the last, across restarts).
const PRUNE_EVERY: Duration = Duration::from_secs(24 * 3600);
/// systemd `STATUS=` updates.
const STATUS_EVERY: Duration = Duration::from_secs(30);
/// Delivery passes, unless an analysis just queued alerts.
const SEND_EVERY: Duration = Duration::from_secs(5);

/// SIGTERM or SIGINT, logged: what stops `newshound run`. The handlers are installed
/// when this is called, so a signal arriving during start-up is not lost.
pub fn stop_signals() -> std::io::Result<impl Future<Output = ()>> {
    use tokio::signal::unix::{signal, SignalKind};
    let mut term = signal(SignalKind::terminate())?;
    let mut int = signal(SignalKind::interrupt())?;
    Ok(async move {
        tokio::select! {
            _ = term.recv() => info!("SIGTERM: shutting down"),
            _ = int.recv() => info!("SIGINT: shutting down"),
        }
    })
}

/// Runs the daemon on `cfg` until `shutdown` completes; SIGHUP reloads the config from
/// `cfg.path` (an invalid one is logged and the old one kept). In-flight polls get 10 s
/// to finish, running jobs 5 s.
pub async fn run(cfg: Config, shutdown: impl Future<Output = ()>) -> anyhow::Result<()> {
    use tokio::signal::unix::{signal, SignalKind};
    let mut hup = signal(SignalKind::hangup())?;
    let mut d = Daemon::start(cfg).await?;
    tokio::pin!(shutdown);
    let mut tick = tokio::time::interval(TICK);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        let event = tokio::select! {
            _ = &mut shutdown => break,
            _ = hup.recv() => Event::Hangup,
            Some(r) = d.reloaded.recv() => Event::Reloaded(r),
            Some(done) = d.polls.join_next(), if !d.polls.is_empty() => Event::Polled(done),
            _ = tick.tick() => Event::Tick,
        };
        match event {
            Event::Hangup => d.begin_reload(),
            Event::Reloaded(r) => d.finish_reload(r).await,
            Event::Polled(done) => d.polled(done),
            Event::Tick => d.tick().await,
        }
    }
    d.stop().await;
    Ok(())
}

enum Event {
    Hangup,
    Reloaded(Result<Box<Reloaded>, String>),
    Polled(Result<PollResult, JoinError>),
    Tick,
}

/// A reloaded configuration, ready to take over.
struct Reloaded {
    worker: Worker,
    states: Vec<FeedState>,
}

/// A background job: at most one of a kind runs, and the loop never waits on it.
struct Job<T> {
    handle: Option<JoinHandle<T>>,
    last: Instant,
}

impl<T: Send + 'static> Job<T> {
    /// A job whose first run is due `first_in` from now.
    fn due_in(every: Duration, first_in: Duration) -> Job<T> {
        Job {
            handle: None,
            last: Instant::now() + first_in - every,
        }
    }

    fn idle(&self) -> bool {
        self.handle
            .as_ref()
            .map(|h| h.is_finished())
            .unwrap_or(true)
    }

    /// The outcome of the last run, once it has finished (never waits).
    async fn finished(&mut self) -> Option<Result<T, JoinError>> {
        match self.handle.take() {
            Some(h) if h.is_finished() => Some(h.await),
            other => {
                self.handle = other;
                None
            }
        }
    }

    /// Starts `f` when the last run has finished and `every` has passed since it started.
    fn start_every<F>(&mut self, now: Instant, every: Duration, f: impl FnOnce() -> F)
    where
        F: Future<Output = T> + Send + 'static,
    {
        if self.idle() && now.duration_since(self.last) >= every {
            self.last = now;
            self.handle = Some(tokio::spawn(f()));
        }
    }

    /// At shutdown: up to `limit` for a running job to finish.
    async fn wait(self, limit: Duration) {
        if let Some(h) = self.handle {
            let _ = tokio::time::timeout(limit, h).await;
        }
    }
}

/// What `run` holds between events.
struct Daemon {
    worker: Worker,
    web: Option<WebServer>,
    metrics: Option<JoinHandle<()>>,
    notifier: Arc<Notifier>,
    /// Each feed and when it is due.
    due: HashMap<String, (FeedConfig, Instant)>,
    sem: Arc<Semaphore>,
    polls: JoinSet<PollResult>,
    in_flight: HashSet<String>,
    analysis: Job<anyhow::Result<AnalysisCounts>>,
    analyse_needed: bool,
    sender: Job<anyhow::Result<SendCounts>>,
    health: Job<()>,
    prune: Job<()>,
    status: Job<()>,
    last_watchdog: Instant,
    reloaded: mpsc::Receiver<Result<Box<Reloaded>, String>>,
    reload_tx: mpsc::Sender<Result<Box<Reloaded>, String>>,
    /// A reload is running; `again`: another SIGHUP came meanwhile.
    reloading: bool,
    reload_again: bool,
}

impl Daemon {
    /// Opens the store, starts the web view and the metrics endpoint, schedules every
    /// feed from its stored next poll, and tells systemd it is ready.
    async fn start(cfg: Config) -> anyhow::Result<Daemon> {
        let worker = Worker::new(cfg)?;
        let web = WebServer::start(&worker.cfg, &worker.store).await?;
        let feeds = worker.cfg.feeds.clone();
        let states = worker
            .store
            .call(move |c| feeds::sync_feeds(c, &feeds))
            .await?;
        let mut due = HashMap::new();
        schedule_feeds(&worker.cfg.feeds, states, &mut due);
        info!(feeds = worker.cfg.feeds.len(), watchlists = worker.cfg.watchlists.len(), db = %worker.store.path().display(), "newshound running");
        let notifier = Arc::new(Notifier::from_env());
        let metrics = (worker.cfg.daemon.metrics_listen.clone())
            .map(|addr| tokio::spawn(crate::metrics::serve(addr, worker.store.clone())));
        notifier.send(&format!(
            "READY=1\nSTATUS=watching {} feed(s)",
            worker.cfg.feeds.len()
        ));
        let (reload_tx, reloaded) = mpsc::channel(1);
        Ok(Daemon {
            sem: Arc::new(Semaphore::new(worker.cfg.daemon.max_concurrency)),
            worker,
            web,
            metrics,
            notifier,
            due,
            polls: JoinSet::new(),
            in_flight: HashSet::new(),
            analysis: Job::due_in(Duration::ZERO, Duration::ZERO),
            analyse_needed: true,
            // the first pass right away
            sender: Job::due_in(SEND_EVERY, Duration::ZERO),
            health: Job::due_in(HEALTH_EVERY, HEALTH_EVERY),
            // a minute after start: not in the way of the first polls
            prune: Job::due_in(PRUNE_EVERY, Duration::from_secs(60)),
            status: Job::due_in(STATUS_EVERY, STATUS_EVERY),
            last_watchdog: Instant::now(),
            reloaded,
            reload_tx,
            reloading: false,
            reload_again: false,
        })
    }

    /// SIGHUP: loads the config and opens the new worker in a task of its own.
    fn begin_reload(&mut self) {
        if self.reloading {
            self.reload_again = true;
            return;
        }
        self.reloading = true;
        self.notifier.send("RELOADING=1");
        let (path, tx) = (self.worker.cfg.path.clone(), self.reload_tx.clone());
        tokio::spawn(async move {
            let _ = tx.send(reload(path).await).await;
        });
    }

    /// Takes a reloaded config over (the web view follows), or keeps the old one.
    async fn finish_reload(&mut self, r: Result<Box<Reloaded>, String>) {
        self.reloading = false;
        match r {
            Ok(reloaded) => {
                let Reloaded { worker, states } = *reloaded;
                self.worker = worker;
                let (cfg, store) = (&self.worker.cfg, &self.worker.store);
                self.web = WebServer::reload(self.web.take(), cfg, store).await;
                schedule_feeds(&self.worker.cfg.feeds, states, &mut self.due);
                self.analyse_needed = true;
                info!(
                    feeds = self.worker.cfg.feeds.len(),
                    "configuration reloaded"
                );
                self.notifier.send("READY=1\nSTATUS=configuration reloaded");
            }
            Err(e) => {
                error!("{e}");
                self.notifier
                    .send("READY=1\nSTATUS=reload failed, old configuration kept");
            }
        }
        if std::mem::take(&mut self.reload_again) {
            self.begin_reload();
        }
    }

    /// A poll finished: report a failure, follow the next poll time it stored.
    fn polled(&mut self, done: Result<PollResult, JoinError>) {
        let r = match done {
            Ok(r) => r,
            Err(e) => {
                error!("a poll task failed: {e}");
                return;
            }
        };
        self.in_flight.remove(&r.url);
        if let Some(e) = &r.error {
            warn!("feed {} <{}>: {e}", r.name, r.url);
        }
        if r.counts.map(|c| c.new + c.updated > 0).unwrap_or(false) {
            self.analyse_needed = true;
        }
        if let Some(entry) = self.due.get_mut(&r.url) {
            entry.1 = match r.next_poll {
                Some(t) => Instant::now() + (t - Utc::now()).to_std().unwrap_or_default(),
                None => Instant::now() + crate::schedule::jitter(entry.0.interval),
            };
        }
    }

    /// Every `TICK`: the watchdog, then whatever is due; nothing here waits.
    async fn tick(&mut self) {
        let now = Instant::now();
        // fed from the loop itself: a wedged loop gets restarted
        if let Some(iv) = self.notifier.watchdog_interval {
            if now.duration_since(self.last_watchdog) >= iv {
                self.notifier.send("WATCHDOG=1");
                self.last_watchdog = now;
            }
        }
        self.start_jobs(now);
        self.start_due_polls(now);
        self.analyse(now).await;
        self.deliver(now).await;
    }

    /// Feed health (operations email), retention and the systemd status line.
    fn start_jobs(&mut self, now: Instant) {
        let w = &self.worker;
        self.health.start_every(now, HEALTH_EVERY, || {
            let w = w.clone();
            async move {
                if let Err(e) = w.check_health().await {
                    warn!("feed health check failed: {e:#}");
                }
            }
        });
        self.prune.start_every(now, PRUNE_EVERY, || {
            let w = w.clone();
            async move {
                if let Err(e) = w.prune().await {
                    warn!("retention failed: {e:#}");
                }
            }
        });
        let (notifier, in_flight) = (self.notifier.clone(), self.in_flight.len());
        self.status.start_every(now, STATUS_EVERY, || {
            let (store, feeds) = (w.store.clone(), w.cfg.feeds.len());
            async move {
                let counts = store
                    .call(|c| Ok((items::count(c)?, outbox_rows::pending_count(c)?)))
                    .await;
                if let Ok((items, pending)) = counts {
                    notifier.send(&format!("STATUS={feeds} feed(s), {items} item(s), {pending} pending alert(s), {in_flight} poll(s) in flight"));
                }
            }
        });
    }

    fn start_due_polls(&mut self, now: Instant) {
        for (url, (feed, at)) in self.due.iter() {
            if *at <= now && !self.in_flight.contains(url) {
                self.in_flight.insert(url.clone());
                let w = &self.worker;
                let (store, fetcher, sem, f, mb) = (
                    w.store.clone(),
                    w.fetcher.clone(),
                    self.sem.clone(),
                    feed.clone(),
                    w.cfg.daemon.max_backoff,
                );
                self.polls.spawn(async move {
                    let _p = sem.acquire_owned().await;
                    Worker::poll(store, fetcher, f, mb).await
                });
            }
        }
    }

    /// Reports a finished analysis and starts the next one when items are waiting.
    async fn analyse(&mut self, now: Instant) {
        if !self.analysis.idle() {
            return;
        }
        match self.analysis.finished().await {
            Some(Ok(Ok(c))) if c.items > 0 => {
                info!(
                    items = c.items,
                    developments = c.developments,
                    alerts = c.alerts,
                    "analysed"
                );
                if c.alerts > 0 {
                    // deliver on the next tick
                    self.sender.last = now - SEND_EVERY;
                }
            }
            Some(Ok(Err(e))) => {
                error!("analysis failed: {e:#}");
                self.analyse_needed = true;
            }
            _ => {}
        }
        if std::mem::take(&mut self.analyse_needed) {
            let (store, analyser) = (self.worker.store.clone(), self.worker.analyser.clone());
            self.analysis.handle = Some(tokio::spawn(analyse(store, analyser)));
        }
    }

    /// A delivery pass every `SEND_EVERY` (the last one finished).
    async fn deliver(&mut self, now: Instant) {
        if !self.sender.idle() || now.duration_since(self.sender.last) < SEND_EVERY {
            return;
        }
        if let Some(Ok(Err(e))) = self.sender.finished().await {
            error!("delivery pass failed: {e:#}");
        }
        let w = &self.worker;
        let (store, mailer, cfg) = (w.store.clone(), w.mailer.clone(), w.cfg.clone());
        self.sender.start_every(now, SEND_EVERY, || {
            outbox::deliver(store, mailer, cfg, false)
        });
    }

    /// No new polls; in-flight ones get up to 10 s, running jobs 5 s each.
    async fn stop(mut self) {
        self.notifier.send("STOPPING=1");
        if let Some(t) = self.metrics.take() {
            t.abort();
        }
        if let Some(w) = self.web.take() {
            w.stop();
        }
        let deadline = tokio::time::sleep(Duration::from_secs(10));
        tokio::pin!(deadline);
        loop {
            tokio::select! {
                _ = &mut deadline => { warn!("in-flight polls abandoned at shutdown (nothing stored from them is lost)"); self.polls.abort_all(); break; }
                r = self.polls.join_next() => { if r.is_none() { break; } }
            }
        }
        let limit = Duration::from_secs(5);
        self.analysis.wait(limit).await;
        self.sender.wait(limit).await;
        self.health.wait(limit).await;
        self.prune.wait(limit).await;
        info!("stopped");
    }
}

/// Loads the config at `path` and opens a worker for it (off the loop).
async fn reload(path: std::path::PathBuf) -> Result<Box<Reloaded>, String> {
    let keep = "reload failed, keeping the old configuration";
    let opened = tokio::task::spawn_blocking(move || {
        let cfg = Config::load(&path).map_err(|e| format!("{keep}: {e}"))?;
        Worker::new(cfg).map_err(|e| format!("{keep}: {e:#}"))
    })
    .await
    .map_err(|e| format!("{keep}: {e}"))?;
    let worker = opened?;
    let feeds = worker.cfg.feeds.clone();
    let states = worker
        .store
        .call(move |c| feeds::sync_feeds(c, &feeds))
        .await
        .map_err(|e| format!("reload: {e}"))?;
    Ok(Box::new(Reloaded { worker, states }))
}

/// When each configured feed is due: a feed already scheduled keeps its time; a new
/// one follows its stored next poll (never later than one interval away), else now.
fn schedule_feeds(
    feeds: &[FeedConfig],
    states: Vec<FeedState>,
    due: &mut HashMap<String, (FeedConfig, Instant)>,
) {
    let now = Utc::now();
    let keep: HashMap<String, Instant> = due.drain().map(|(k, v)| (k, v.1)).collect();
    for f in feeds {
        let at = keep.get(&f.url).copied().unwrap_or_else(|| {
            let st = states.iter().find(|s| s.url == f.url);
            match st.and_then(|s| s.next_poll) {
                Some(t) if t > now => {
                    Instant::now() + (t - now).to_std().unwrap_or_default().min(f.interval)
                }
                _ => Instant::now(),
            }
        });
        due.insert(f.url.clone(), (f.clone(), at));
    }
}
