//! Command line: flags → validated config → one command → exit code.

use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;

use crate::config::{self, Config};
use crate::exit;
use crate::logging::{self, LogFormat};
use crate::store::{feeds, health, reports, Store};

/// newshound — watches news feeds and emails you when a negotiation actually moves.
#[derive(Parser, Debug)]
#[command(name = "newshound", version, about)]
pub struct Cli {
    /// Config file (else $NEWSHOUND_CONFIG, else /etc/newshound/newshound.toml).
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Log filter, e.g. `debug` or `newshound=debug` (overrides RUST_LOG).
    #[arg(long, global = true, value_name = "LEVEL")]
    pub log_level: Option<String>,
    /// Log format on stderr.
    #[arg(long, global = true, value_enum, default_value = "text")]
    pub log_format: LogFormat,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands (see CONTRACT.md and README.md).
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run the daemon until SIGTERM/SIGINT; SIGHUP reloads the config.
    Run,
    /// One cycle: fetch every feed now, analyse, try every pending alert once.
    Once,
    /// Validate the config and print a summary (exit 2 when invalid).
    CheckConfig,
    /// Story clusters.
    Stories {
        /// JSON Lines output.
        #[arg(long)]
        json: bool,
        /// Only this watchlist.
        #[arg(long)]
        watchlist: Option<String>,
    },
    /// Detected developments.
    Developments {
        /// JSON Lines output.
        #[arg(long)]
        json: bool,
        /// Only this watchlist.
        #[arg(long)]
        watchlist: Option<String>,
    },
    /// The alert outbox; `alerts retry ID` re-queues a failed alert.
    Alerts {
        /// JSON Lines output.
        #[arg(long)]
        json: bool,
        /// Optional action.
        #[command(subcommand)]
        action: Option<AlertsAction>,
    },
    /// Why a stored item was taken, its story, and each development found in it.
    Explain {
        /// The item's link (as the feed gave it, or canonical) or GUID.
        url: String,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Send a test message through the configured transport.
    TestEmail {
        /// Recipient (default: the first recipient of the first watchlist).
        #[arg(long)]
        to: Option<String>,
    },
    /// Write the configured feeds (including those from feeds_opml) as OPML.
    ExportOpml {
        /// Output file (default: standard output).
        #[arg(long, value_name = "PATH")]
        output: Option<PathBuf>,
    },
    /// Replay an archive (labelled corpus JSON, JSON Lines of items, or a directory of
    /// saved feeds) through the real analysis with a simulated clock and a temporary
    /// store: the stories, developments and emails it would have produced, and the score
    /// when the archive is labelled. Nothing is fetched, sent or written to the state dir.
    Replay {
        /// The archive.
        file: PathBuf,
        /// One JSON object: stories, developments, alerts, score.
        #[arg(long)]
        json: bool,
        /// Write the would-be emails here as .eml files.
        #[arg(long, value_name = "DIR")]
        mail_dir: Option<PathBuf>,
        /// Keep the replay's store in DIR (a new directory): `explain` then shows why an
        /// item was or was not taken, with `[daemon] state_dir` set to DIR.
        #[arg(long, value_name = "DIR")]
        keep_store: Option<PathBuf>,
    },
    /// Feed health: last success, last error, failures in a row, next poll.
    Feeds {
        /// JSON Lines output.
        #[arg(long)]
        json: bool,
    },
    /// Write the man page or the shell completions into DIR (for packagers: tools/deb.sh).
    #[command(hide = true)]
    Generate {
        /// What to write.
        #[arg(value_enum)]
        what: crate::manual::Artifact,
        /// Output directory (created if missing).
        dir: PathBuf,
    },
}

/// Actions on the outbox.
#[derive(Subcommand, Debug)]
pub enum AlertsAction {
    /// Re-queue a failed alert for immediate delivery.
    Retry {
        /// Outbox id (from `alerts`).
        id: i64,
    },
}

/// Parses arguments and runs; returns the process exit code.
pub fn main() -> i32 {
    let cli = Cli::parse();
    if let Command::Generate { what, dir } = &cli.command {
        return crate::manual::generate(<Cli as clap::CommandFactory>::command(), *what, dir);
    }
    logging::init(cli.log_level.as_deref(), cli.log_format);
    let path = cli.config.clone().unwrap_or_else(config::default_path);
    let cfg = match Config::load(&path) {
        Ok(c) => c,
        // an archive that brings its own watchlist can be replayed without any config
        Err(config::ConfigError::Read { source, .. })
            if matches!(cli.command, Command::Replay { .. })
                && source.kind() == std::io::ErrorKind::NotFound
                && cli.config.is_none() =>
        {
            match Config::parse("", &path) {
                Ok(c) => c,
                Err(e) => {
                    eprintln!("newshound: {e}");
                    return exit::INVALID;
                }
            }
        }
        Err(e) => {
            eprintln!("newshound: invalid configuration: {e}");
            return exit::INVALID;
        }
    };
    if let Command::Replay {
        file,
        json,
        mail_dir,
        keep_store,
    } = &cli.command
    {
        let opts = crate::replay::Options {
            mail_dir: mail_dir.clone(),
            keep_store: keep_store.clone(),
        };
        return replay(&cfg, file, *json, &opts);
    }
    for w in crate::paths::warnings(&cfg) {
        match cli.command {
            Command::CheckConfig => eprintln!("newshound: warning: {w}"),
            _ => tracing::warn!("{w}"),
        }
    }
    if matches!(cli.command, Command::CheckConfig) {
        let c = &cfg;
        println!(
            "{}: valid — {} feed(s), {} watchlist(s) ({}), {} custom development kind(s); state in {}; mail via {}",
            path.display(),
            c.feeds.len(),
            c.watchlists.len(),
            c.watchlists.iter().map(|w| format!("{}: {} actor(s), {} recipient(s)", w.name, w.actors.len(), w.recipients.len())).collect::<Vec<_>>().join("; "),
            c.developments.len(),
            c.daemon.state_dir.display(),
            match &c.email.transport {
                config::Transport::File(d) => format!("files in {}", d.display()),
                config::Transport::Smtp(s) => format!("SMTP {}:{}", s.host, s.port),
                config::Transport::Sendmail(p) => format!("sendmail {}", p.display()),
            }
        );
        if let Some(addr) = c.web.listen {
            println!(
                "web view on http://{addr}/ ({})",
                if c.web.has_auth() {
                    "authentication required"
                } else {
                    "no authentication: loopback only"
                }
            );
        }
        return 0;
    }
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("newshound: cannot start the async runtime: {e}");
            return exit::RUNTIME;
        }
    };
    match rt.block_on(dispatch(cli.command, cfg)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("newshound: {e:#}");
            exit::for_error(&e)
        }
    }
}

fn print_jsonl<T: serde::Serialize>(rows: &[T]) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    for r in rows {
        serde_json::to_writer(&mut out, r)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

async fn dispatch(cmd: Command, cfg: Config) -> anyhow::Result<i32> {
    // A file-size limit (RLIMIT_FSIZE) must surface as a write error ("disk full"), not
    // kill the process with SIGXFSZ halfway through a transaction.
    let _xfsz = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::from_raw(25));
    match cmd {
        Command::CheckConfig | Command::Generate { .. } | Command::Replay { .. } => Ok(0),
        Command::ExportOpml { output } => export_opml(&cfg, output),
        Command::Run => {
            let stop = crate::daemon::stop_signals()?;
            crate::daemon::run(cfg, stop).await?;
            Ok(0)
        }
        Command::Once => once(cfg).await,
        Command::Stories { json, watchlist } => stories(&cfg, json, watchlist).await,
        Command::Developments { json, watchlist } => developments(&cfg, json, watchlist).await,
        Command::Alerts { json, action } => alerts(&cfg, json, action).await,
        Command::Explain { url, json } => explain(&cfg, url, json).await,
        Command::TestEmail { to } => test_email(&cfg, to).await,
        Command::Feeds { json } => feeds(&cfg, json).await,
    }
}

/// `export-opml`.
fn export_opml(cfg: &Config, output: Option<PathBuf>) -> anyhow::Result<i32> {
    let feeds: Vec<crate::opml::OpmlFeed> = cfg
        .feeds
        .iter()
        .map(|f| crate::opml::OpmlFeed {
            url: f.url.clone(),
            name: Some(f.name.clone()),
        })
        .collect();
    let doc = crate::opml::export(&feeds);
    match output {
        Some(p) => {
            std::fs::write(&p, doc)
                .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", p.display()))?;
            eprintln!("wrote {} feed(s) to {}", cfg.feeds.len(), p.display());
        }
        None => print!("{doc}"),
    }
    Ok(0)
}

/// `once`: one cycle, then each failed feed once and a summary on stderr.
async fn once(cfg: Config) -> anyhow::Result<i32> {
    let w = crate::daemon::Worker::new(cfg)?;
    let results = w.once().await?;
    let failed: Vec<_> = results.iter().filter(|r| r.error.is_some()).collect();
    // the one report of each failed feed (the poll itself logs nothing)
    for r in &failed {
        eprintln!(
            "newshound: feed {} <{}>: {}",
            r.name,
            r.url,
            r.error.as_deref().unwrap_or("")
        );
    }
    let new: usize = results.iter().filter_map(|r| r.counts).map(|c| c.new).sum();
    let nm = results.iter().filter(|r| r.not_modified).count();
    eprintln!(
        "newshound: polled {} feed(s): {} new item(s), {} unchanged (304), {} failed",
        results.len(),
        new,
        nm,
        failed.len()
    );
    Ok(0)
}

/// `stories`.
async fn stories(cfg: &Config, json: bool, watchlist: Option<String>) -> anyhow::Result<i32> {
    let store = Store::open(&cfg.daemon.state_dir)?;
    let rows = store
        .call(move |c| reports::stories(c, watchlist.as_deref()))
        .await?;
    if json {
        print_jsonl(&rows)?;
        return Ok(0);
    }
    for s in &rows {
        println!(
            "#{:<5} {:<20} {} … {}  {} item(s)  {}",
            s.id,
            s.watchlist,
            s.first_seen,
            s.last_seen,
            s.items.len(),
            s.title
        );
    }
    if rows.is_empty() {
        println!("no stories yet (run `newshound once` to poll the feeds)");
    }
    Ok(0)
}

/// `developments`.
async fn developments(cfg: &Config, json: bool, watchlist: Option<String>) -> anyhow::Result<i32> {
    let store = Store::open(&cfg.daemon.state_dir)?;
    let rows = store
        .call(move |c| reports::developments(c, watchlist.as_deref()))
        .await?;
    if json {
        print_jsonl(&rows)?;
        return Ok(0);
    }
    for d in &rows {
        println!(
            "#{:<5} {} {:<22} {:<30} story #{} {} item(s){}\n        \"{}\"",
            d.id,
            d.event_time,
            d.kind,
            d.actors.join(", "),
            d.story,
            d.items.len(),
            if d.alerted { " [alerted]" } else { "" },
            d.evidence
        );
    }
    if rows.is_empty() {
        println!("no developments yet");
    }
    Ok(0)
}

/// `alerts` and `alerts retry ID`.
async fn alerts(cfg: &Config, json: bool, action: Option<AlertsAction>) -> anyhow::Result<i32> {
    let store = Store::open(&cfg.daemon.state_dir)?;
    if let Some(AlertsAction::Retry { id }) = action {
        let ok = store
            .call(move |c| crate::outbox::retry(c, id, chrono::Utc::now()))
            .await?;
        if ok {
            println!("alert {id} re-queued; the running daemon (or `newshound once`) delivers it");
            return Ok(0);
        }
        eprintln!("newshound: no unsent alert with id {id} (see `newshound alerts`)");
        return Ok(exit::NOT_FOUND);
    }
    let rows = store.call(|c| crate::outbox::list(c)).await?;
    if json {
        print_jsonl(&rows)?;
        return Ok(0);
    }
    for a in &rows {
        println!(
            "#{:<5} dev #{:<5} {:<8} attempts {:<3} {:<30} {}",
            a.id,
            a.development,
            a.state,
            a.attempts,
            a.recipient,
            a.last_error
                .as_deref()
                .or(a.sent_at.as_deref())
                .unwrap_or(&a.next_attempt)
        );
    }
    if rows.is_empty() {
        println!("the outbox is empty");
    }
    Ok(0)
}

/// `explain URL`.
async fn explain(cfg: &Config, url: String, json: bool) -> anyhow::Result<i32> {
    let store = Store::open(&cfg.daemon.state_dir)?;
    let u = url.clone();
    let ex = store.call(move |c| reports::explain(c, &u)).await?;
    let Some(ex) = ex else {
        eprintln!(
            "newshound: no stored item has the link {url:?} (check `newshound stories` for links)"
        );
        return Ok(exit::NOT_FOUND);
    };
    if json {
        println!("{}", serde_json::to_string_pretty(&ex)?);
    } else {
        print_explanation(&ex);
    }
    Ok(0)
}

/// `test-email [--to ADDR]`.
async fn test_email(cfg: &Config, to: Option<String>) -> anyhow::Result<i32> {
    let to = to.or_else(|| {
        cfg.watchlists
            .iter()
            .flat_map(|w| w.recipients.first())
            .next()
            .cloned()
    });
    let Some(to) = to else {
        eprintln!("newshound: no recipient: pass --to ADDR or set recipients in a [[watchlist]]");
        return Ok(exit::INVALID);
    };
    let mailer = crate::email::Mailer::new(&cfg.email)?;
    let msg = crate::email::test_message(&cfg.email.from, &to)?;
    let answer = mailer
        .send(
            msg,
            &format!(
                "<newshound.test.{}@newshound.invalid>",
                chrono::Utc::now().timestamp()
            ),
        )
        .await?;
    println!("test message to {to}: {answer}");
    Ok(0)
}

/// `feeds`.
async fn feeds(cfg: &Config, json: bool) -> anyhow::Result<i32> {
    let store = Store::open(&cfg.daemon.state_dir)?;
    let configured = cfg.feeds.clone();
    store
        .call(move |c| feeds::sync_feeds(c, &configured))
        .await?;
    let rows = store
        .call(|c| health::feed_health(c, chrono::Utc::now()))
        .await?;
    if json {
        print_jsonl(&rows)?;
        return Ok(0);
    }
    for f in &rows {
        println!(
            "{:<28} ok {:<20} errors {:<3} items {:<5} (week {:<4}) next {:<20} {}",
            f.name,
            f.last_success.as_deref().unwrap_or("never"),
            f.consecutive_errors,
            f.items,
            f.items_last_week,
            f.next_poll.as_deref().unwrap_or("now"),
            f.last_error
                .as_deref()
                .map(|e| format!("last error: {e}"))
                .unwrap_or_default()
        );
    }
    Ok(0)
}

/// `replay`: synchronous (a private store, no network), so it runs without the runtime.
fn replay(cfg: &Config, file: &std::path::Path, json: bool, opts: &crate::replay::Options) -> i32 {
    let report = match crate::replay::run(cfg, file, opts) {
        Ok(r) => r,
        Err(e @ crate::replay::ReplayError::Archive(_)) => {
            eprintln!("newshound: unreadable archive: {e}");
            return exit::INVALID;
        }
        Err(e @ crate::replay::ReplayError::Store(_)) => {
            eprintln!("newshound: replay failed: {e}");
            return exit::STORE;
        }
        Err(e) => {
            eprintln!("newshound: replay failed: {e}");
            return exit::RUNTIME;
        }
    };
    let mut out = std::io::stdout().lock();
    let written = if json {
        serde_json::to_writer(&mut out, &report)
            .map_err(std::io::Error::other)
            .and_then(|_| out.write_all(b"\n"))
    } else {
        crate::replay::print_text(&report, &mut out)
    };
    match written {
        Ok(()) => exit::OK,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => exit::OK,
        Err(e) => {
            eprintln!("newshound: cannot write the report: {e}");
            exit::RUNTIME
        }
    }
}

fn print_explanation(ex: &reports::Explanation) {
    println!(
        "{}\n  {} — {}",
        ex.title,
        ex.feed,
        ex.link.as_deref().unwrap_or("(no link)")
    );
    for w in &ex.watchlists {
        println!(
            "\nwatchlist {}: {} ({})",
            w["watchlist"].as_str().unwrap_or("?"),
            if w["taken"].as_bool().unwrap_or(false) {
                "taken"
            } else {
                "not taken"
            },
            w["reason"].as_str().unwrap_or("")
        );
        if let Some(s) = w.get("story").filter(|s| !s.is_null()) {
            println!(
                "  story #{} \"{}\"",
                s["id"],
                s["title"].as_str().unwrap_or("")
            );
            println!("    {}", crate::present::describe_merge(&s["merge"]));
        }
        if let Some(ro) = w["detection"]["ruled_out"].as_array() {
            for r in ro {
                println!(
                    "  ruled out {} ({}): {} — \"{}\"",
                    r["kind"].as_str().unwrap_or(""),
                    r["rule"].as_str().unwrap_or(""),
                    r["reason"].as_str().unwrap_or(""),
                    r["sentence"].as_str().unwrap_or("")
                );
            }
        }
    }
    for d in &ex.developments {
        println!(
            "\ndevelopment #{} {} by {}\n  rule: {}\n  sentence: \"{}\"\n  checks: {}",
            d["id"],
            d["kind"].as_str().unwrap_or(""),
            d["actors"],
            d["rule"].as_str().unwrap_or(""),
            d["sentence"].as_str().unwrap_or(""),
            d["checks"]
        );
    }
}
