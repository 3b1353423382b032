//! Configuration: TOML parsed into raw serde types, then validated into typed ones.
//!
//! Two layers so that syntax errors (toml reports line and column) and meaning errors
//! (we find the key's line ourselves) both name the file, the key and where it is.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::detect::rules::BUILTIN_KINDS;

/// A config problem, always naming the file and, where we can, the key and position.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read at all.
    #[error("{path}: cannot read the config file: {source} (pass --config PATH or set NEWSHOUND_CONFIG)")]
    Read {
        /// File that failed.
        path: PathBuf,
        /// Underlying I/O error.
        source: std::io::Error,
    },
    /// Syntax or type error found by the TOML parser.
    #[error("{path}:{line}:{column}: {message}")]
    Syntax {
        /// File that failed.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// Parser's message (names the key).
        message: String,
    },
    /// A value that parses but makes no sense.
    #[error("{path}:{line}: key `{key}`: {message}")]
    Invalid {
        /// File that failed.
        path: PathBuf,
        /// 1-based line (0 when the key is missing altogether).
        line: usize,
        /// Dotted key path.
        key: String,
        /// What is wrong and what to do.
        message: String,
    },
}

fn de_duration<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Duration>, D::Error> {
    let s: Option<String> = Option::deserialize(d)?;
    match s {
        None => Ok(None),
        Some(s) => humantime::parse_duration(s.trim()).map(Some).map_err(|e| {
            serde::de::Error::custom(format!(
                "invalid duration {s:?}: {e} (use e.g. \"90s\", \"10m\", \"2h\", \"30d\")"
            ))
        }),
    }
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawDaemon {
    state_dir: Option<PathBuf>,
    #[serde(default, deserialize_with = "de_duration")]
    poll_interval: Option<Duration>,
    max_concurrency: Option<usize>,
    per_host_concurrency: Option<usize>,
    #[serde(default, deserialize_with = "de_duration")]
    connect_timeout: Option<Duration>,
    #[serde(default, deserialize_with = "de_duration")]
    timeout: Option<Duration>,
    max_body_bytes: Option<u64>,
    #[serde(default, deserialize_with = "de_duration")]
    max_backoff: Option<Duration>,
    user_agent: Option<String>,
    metrics_listen: Option<String>,
    #[serde(default, deserialize_with = "de_duration")]
    keep_items: Option<Duration>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawAlerts {
    #[serde(default, deserialize_with = "de_duration")]
    max_age: Option<Duration>,
    #[serde(default, deserialize_with = "de_duration")]
    dedupe_window: Option<Duration>,
    max_attempts: Option<u32>,
    #[serde(default, deserialize_with = "de_duration")]
    retry_base: Option<Duration>,
    #[serde(default, deserialize_with = "de_duration")]
    story_window: Option<Duration>,
    timezone: Option<String>,
    admin: Option<String>,
    #[serde(default, deserialize_with = "de_duration")]
    feed_failure_after: Option<Duration>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawEmail {
    from: Option<String>,
    transport: Option<String>,
    dir: Option<PathBuf>,
    host: Option<String>,
    port: Option<u16>,
    tls: Option<String>,
    username: Option<String>,
    password_file: Option<PathBuf>,
    password_env: Option<String>,
    ca_file: Option<PathBuf>,
    sendmail_command: Option<PathBuf>,
    #[serde(default, deserialize_with = "de_duration")]
    timeout: Option<Duration>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFeed {
    url: String,
    name: Option<String>,
    #[serde(default, deserialize_with = "de_duration")]
    interval: Option<Duration>,
    #[serde(default, deserialize_with = "de_duration")]
    expect_update: Option<Duration>,
    adaptive: Option<bool>,
    #[serde(default, deserialize_with = "de_duration")]
    min_interval: Option<Duration>,
    #[serde(default, deserialize_with = "de_duration")]
    max_interval: Option<Duration>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWatchlist {
    name: String,
    #[serde(default)]
    recipients: Vec<String>,
    keywords: Vec<String>,
    #[serde(default)]
    context: Vec<String>,
    #[serde(default)]
    exclude: Vec<String>,
    developments: Option<Vec<String>>,
    #[serde(default)]
    actors: BTreeMap<String, Vec<String>>,
    mode: Option<String>,
    digest_at: Option<String>,
    #[serde(default, deserialize_with = "de_duration")]
    digest_every: Option<Duration>,
    max_per_hour: Option<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDevelopment {
    name: String,
    #[serde(default)]
    description: String,
    triggers: Vec<String>,
    #[serde(default)]
    objects: Vec<String>,
    #[serde(default)]
    actors: Vec<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawWeb {
    listen: Option<String>,
    public_url: Option<String>,
    username: Option<String>,
    password_file: Option<PathBuf>,
    token_file: Option<PathBuf>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    daemon: RawDaemon,
    #[serde(default)]
    alerts: RawAlerts,
    #[serde(default)]
    email: RawEmail,
    #[serde(default)]
    feed: Vec<RawFeed>,
    #[serde(default)]
    watchlist: Vec<RawWatchlist>,
    #[serde(default)]
    development: Vec<RawDevelopment>,
    #[serde(default)]
    web: RawWeb,
    feeds_opml: Option<PathBuf>,
}

/// Daemon-wide settings: where state lives and how hard we poll.
#[derive(Debug, Clone)]
pub struct DaemonConfig {
    /// Directory of the SQLite database and the default mail dir.
    pub state_dir: PathBuf,
    /// Default interval between polls of one feed.
    pub poll_interval: Duration,
    /// Feeds fetched at once, across all hosts.
    pub max_concurrency: usize,
    /// Requests at once to one host, so one site is never hammered.
    pub per_host_concurrency: usize,
    /// TCP+TLS connect timeout.
    pub connect_timeout: Duration,
    /// Whole-request timeout, body included.
    pub timeout: Duration,
    /// Cap on the decompressed body.
    pub max_body_bytes: u64,
    /// Ceiling of the exponential backoff after failures.
    pub max_backoff: Duration,
    /// User-Agent header sent to every server.
    pub user_agent: String,
    /// Address of the Prometheus endpoint (off when None).
    pub metrics_listen: Option<String>,
    /// Items older than this lose their text (daily job); 0 keeps everything.
    pub keep_items: Duration,
}

/// Alerting policy.
#[derive(Debug, Clone)]
pub struct AlertsConfig {
    /// Items published before now − max_age are analysed but never alerted.
    pub max_age: Duration,
    /// Same kind + overlapping actor within this window is one development.
    pub dedupe_window: Duration,
    /// Delivery attempts before an alert is marked failed.
    pub max_attempts: u32,
    /// First retry delay; doubles each attempt.
    pub retry_base: Duration,
    /// How long a story stays open for new members after its last item.
    pub story_window: Duration,
    /// Time zone of `digest_at` times and of the times in emails and the web view.
    pub timezone: TimeZone,
    /// Operations mail (failing or silent feeds) goes here; none when unset.
    pub admin: Option<String>,
    /// A feed failing this long gets one operations email (and one when it recovers).
    pub feed_failure_after: Duration,
}

pub use crate::tz::TimeZone;

/// When a watchlist's alerts go out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// One email per development, as soon as it is found (optionally capped per hour;
    /// what exceeds the cap is folded into a digest sent when the cap allows).
    Immediate {
        /// Cap on immediate emails per recipient and hour.
        max_per_hour: Option<u32>,
    },
    /// Developments collected and sent together, grouped by story.
    Digest(DigestSchedule),
}

/// Digest schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DigestSchedule {
    /// Every day at this local time (hour, minute).
    At(u32, u32),
    /// Every interval, aligned to the Unix epoch.
    Every(Duration),
}

/// How mail leaves the machine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transport {
    /// One .eml file per message in a directory.
    File(PathBuf),
    /// An SMTP relay.
    Smtp(SmtpConfig),
    /// A local sendmail-compatible binary.
    Sendmail(PathBuf),
}

/// TLS mode for SMTP.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsMode {
    /// Plain connection upgraded with STARTTLS (required).
    Starttls,
    /// Implicit TLS from the first byte (port 465).
    Tls,
    /// No encryption (loopback relays only).
    None,
}

/// SMTP relay settings; the password itself is read only when sending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmtpConfig {
    /// Relay host name.
    pub host: String,
    /// Relay port.
    pub port: u16,
    /// TLS mode.
    pub tls: TlsMode,
    /// AUTH user, if any.
    pub username: Option<String>,
    /// File holding the password (systemd credentials).
    pub password_file: Option<PathBuf>,
    /// Environment variable holding the password.
    pub password_env: Option<String>,
    /// Extra root certificate (PEM) for private relays.
    pub ca_file: Option<PathBuf>,
}

/// Email settings.
#[derive(Debug, Clone)]
pub struct EmailConfig {
    /// From: header.
    pub from: String,
    /// Delivery transport.
    pub transport: Transport,
    /// Timeout of one delivery attempt.
    pub timeout: Duration,
}

/// One feed to poll.
#[derive(Debug, Clone)]
pub struct FeedConfig {
    /// URL as configured.
    pub url: String,
    /// Display name (defaults to the host).
    pub name: String,
    /// Poll interval for this feed.
    pub interval: Duration,
    /// No new item for this long is worth an operations email.
    pub expect_update: Option<Duration>,
    /// Adaptive polling range (min, max), when enabled.
    pub adaptive: Option<(Duration, Duration)>,
}

/// A configured actor: the canonical name and every alias that refers to it.
#[derive(Debug, Clone)]
pub struct ActorConfig {
    /// Canonical name, shown in alerts and JSON.
    pub name: String,
    /// Aliases (the name itself is always included first).
    pub aliases: Vec<String>,
}

/// What one analyst follows.
#[derive(Debug, Clone)]
pub struct WatchlistConfig {
    /// Unique name.
    pub name: String,
    /// Who gets the alerts.
    pub recipients: Vec<String>,
    /// At least one must occur.
    pub keywords: Vec<String>,
    /// At least one must occur too (when non-empty).
    pub context: Vec<String>,
    /// None may occur.
    pub exclude: Vec<String>,
    /// Kinds that alert (built-in and user-defined).
    pub developments: Vec<String>,
    /// The parties.
    pub actors: Vec<ActorConfig>,
    /// Immediate or digest delivery.
    pub delivery: Delivery,
}

/// A user-defined development kind.
#[derive(Debug, Clone)]
pub struct DevelopmentConfig {
    /// Kind name, e.g. `sanctions_imposed`.
    pub name: String,
    /// Words for the alert.
    pub description: String,
    /// Verb or phrase triggers (`impose*`, `slap`).
    pub triggers: Vec<String>,
    /// Object nouns that must follow the trigger (empty = none needed).
    pub objects: Vec<String>,
    /// Restrict to these canonical actors (empty = any watchlist actor).
    pub actors: Vec<String>,
}

/// The read-only web view (`[web]`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WebConfig {
    /// Address to serve on; no web view when None.
    pub listen: Option<std::net::SocketAddr>,
    /// Base URL the view is reached at from outside (links in emails), no trailing `/`.
    pub public_url: Option<String>,
    /// HTTP basic auth user (with `password_file`).
    pub username: String,
    /// File holding the basic-auth password; read when the server starts.
    pub password_file: Option<PathBuf>,
    /// File holding a bearer token (`Authorization: Bearer …`); read when the server starts.
    pub token_file: Option<PathBuf>,
}

impl WebConfig {
    /// Whether any authentication is configured.
    pub fn has_auth(&self) -> bool {
        self.password_file.is_some() || self.token_file.is_some()
    }
}

/// The validated configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// File it came from.
    pub path: PathBuf,
    /// Daemon settings.
    pub daemon: DaemonConfig,
    /// Alert policy.
    pub alerts: AlertsConfig,
    /// Email settings.
    pub email: EmailConfig,
    /// Feeds.
    pub feeds: Vec<FeedConfig>,
    /// Watchlists.
    pub watchlists: Vec<WatchlistConfig>,
    /// User-defined kinds.
    pub developments: Vec<DevelopmentConfig>,
    /// The web view.
    pub web: WebConfig,
}

/// Where the config is: `--config`, else `$NEWSHOUND_CONFIG`, else /etc.
pub fn default_path() -> PathBuf {
    std::env::var_os("NEWSHOUND_CONFIG")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/etc/newshound/newshound.toml"))
}

/// 1-based line of the `nth` (0-based) occurrence of `key =` (or `[key]`) in the text.
fn locate(text: &str, key: &str, nth: usize) -> usize {
    let mut seen = 0;
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_start();
        let hit = t.starts_with(&format!("{key} "))
            || t.starts_with(&format!("{key}="))
            || t.starts_with(&format!("\"{key}\""))
            || t == format!("[[{key}]]")
            || t == format!("[{key}]");
        if hit {
            if seen == nth {
                return i + 1;
            }
            seen += 1;
        }
    }
    0
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0)
        + 1;
    (line, col)
}

impl Config {
    /// Reads and validates the file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Config::parse(&text, path)
    }

    /// Parses and validates text; `path` is used in messages and to resolve nothing else.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let raw: RawConfig = toml::from_str(text).map_err(|e| {
            let (line, column) = e.span().map(|s| line_col(text, s.start)).unwrap_or((0, 0));
            ConfigError::Syntax {
                path: path.to_path_buf(),
                line,
                column,
                message: e.message().trim().to_string(),
            }
        })?;
        let invalid = |key: &str, nth: usize, message: String| {
            let last = key.rsplit('.').next().unwrap_or(key);
            ConfigError::Invalid {
                path: path.to_path_buf(),
                line: locate(text, last, nth),
                key: key.to_string(),
                message,
            }
        };

        let d = raw.daemon;
        let state_dir = d
            .state_dir
            .or_else(|| {
                std::env::var_os("STATE_DIRECTORY").map(|s| {
                    // systemd may pass several colon-separated dirs; the first is ours.
                    let s = s.to_string_lossy().to_string();
                    PathBuf::from(s.split(':').next().unwrap_or("./state"))
                })
            })
            .unwrap_or_else(|| PathBuf::from("./state"));
        let poll_interval = d.poll_interval.unwrap_or(Duration::from_secs(600));
        if poll_interval < Duration::from_secs(1) {
            return Err(invalid(
                "daemon.poll_interval",
                0,
                "must be at least 1s".into(),
            ));
        }
        let max_concurrency = d.max_concurrency.unwrap_or(8);
        if max_concurrency == 0 {
            return Err(invalid(
                "daemon.max_concurrency",
                0,
                "must be at least 1".into(),
            ));
        }
        let per_host = d.per_host_concurrency.unwrap_or(2);
        if per_host == 0 {
            return Err(invalid(
                "daemon.per_host_concurrency",
                0,
                "must be at least 1".into(),
            ));
        }
        let max_body = d.max_body_bytes.unwrap_or(16 * 1024 * 1024);
        if max_body < 1024 {
            return Err(invalid(
                "daemon.max_body_bytes",
                0,
                "must be at least 1024".into(),
            ));
        }
        let daemon = DaemonConfig {
            state_dir: state_dir.clone(),
            poll_interval,
            max_concurrency,
            per_host_concurrency: per_host,
            connect_timeout: d.connect_timeout.unwrap_or(Duration::from_secs(10)),
            timeout: d.timeout.unwrap_or(Duration::from_secs(30)),
            max_body_bytes: max_body,
            max_backoff: d.max_backoff.unwrap_or(Duration::from_secs(24 * 3600)),
            keep_items: d.keep_items.unwrap_or(Duration::from_secs(90 * 24 * 3600)),
            metrics_listen: match d.metrics_listen {
                Some(a) if a.parse::<std::net::SocketAddr>().is_err() => {
                    return Err(invalid(
                        "daemon.metrics_listen",
                        0,
                        format!("{a:?} is not HOST:PORT, e.g. \"127.0.0.1:9464\""),
                    ))
                }
                other => other,
            },
            user_agent: d.user_agent.unwrap_or_else(|| {
                format!(
                    "newshound/{} (+https://github.com/newshound/newshound; feed monitor)",
                    env!("CARGO_PKG_VERSION")
                )
            }),
        };

        let a = raw.alerts;
        let alerts = AlertsConfig {
            max_age: a.max_age.unwrap_or(Duration::from_secs(48 * 3600)),
            dedupe_window: a.dedupe_window.unwrap_or(Duration::from_secs(72 * 3600)),
            max_attempts: a.max_attempts.unwrap_or(10),
            retry_base: a.retry_base.unwrap_or(Duration::from_secs(30)),
            story_window: a.story_window.unwrap_or(Duration::from_secs(72 * 3600)),
            admin: match a.admin {
                Some(x) if x.parse::<lettre::message::Mailbox>().is_err() => {
                    return Err(invalid(
                        "alerts.admin",
                        0,
                        format!("{x:?} is not an email address"),
                    ))
                }
                other => other,
            },
            feed_failure_after: a
                .feed_failure_after
                .unwrap_or(Duration::from_secs(24 * 3600)),
            timezone: match a.timezone.as_deref() {
                None => TimeZone::Local,
                Some(z) => TimeZone::parse(z).ok_or_else(|| {
                    invalid(
                        "alerts.timezone",
                        0,
                        format!(
                            "{z:?}: use \"local\", \"UTC\", an offset such as \"+02:00\" or an IANA name such as \"Europe/Berlin\""
                        ),
                    )
                })?,
            },
        };
        if alerts.max_attempts == 0 {
            return Err(invalid(
                "alerts.max_attempts",
                0,
                "must be at least 1".into(),
            ));
        }

        let e = raw.email;
        let from = e
            .from
            .unwrap_or_else(|| "newshound <newshound@localhost>".into());
        if from.parse::<lettre::message::Mailbox>().is_err() {
            return Err(invalid(
                "email.from",
                0,
                format!("{from:?} is not a mailbox (e.g. \"newshound <alerts@example.org>\")"),
            ));
        }
        let transport = match e.transport.as_deref().unwrap_or("file") {
            "file" => Transport::File(e.dir.unwrap_or_else(|| state_dir.join("mail"))),
            "sendmail" => Transport::Sendmail(
                e.sendmail_command
                    .unwrap_or_else(|| PathBuf::from("/usr/sbin/sendmail")),
            ),
            "smtp" => {
                let host = e.host.ok_or_else(|| {
                    invalid("email.host", 0, "required when transport = \"smtp\"".into())
                })?;
                let tls = match e.tls.as_deref().unwrap_or("starttls") {
                    "starttls" => TlsMode::Starttls,
                    "tls" => TlsMode::Tls,
                    "none" => TlsMode::None,
                    other => {
                        return Err(invalid(
                            "email.tls",
                            0,
                            format!("{other:?} is not one of \"starttls\", \"tls\", \"none\""),
                        ))
                    }
                };
                let port = e.port.unwrap_or(match tls {
                    TlsMode::Tls => 465,
                    TlsMode::Starttls => 587,
                    TlsMode::None => 25,
                });
                if e.password_file.is_some() && e.password_env.is_some() {
                    return Err(invalid(
                        "email.password_env",
                        0,
                        "set password_file or password_env, not both".into(),
                    ));
                }
                Transport::Smtp(SmtpConfig {
                    host,
                    port,
                    tls,
                    username: e.username,
                    password_file: e.password_file,
                    password_env: e.password_env,
                    ca_file: e.ca_file,
                })
            }
            other => {
                return Err(invalid(
                    "email.transport",
                    0,
                    format!("{other:?} is not one of \"file\", \"smtp\", \"sendmail\""),
                ))
            }
        };
        let email = EmailConfig {
            from,
            transport,
            timeout: e.timeout.unwrap_or(Duration::from_secs(30)),
        };

        let mut feeds = Vec::new();
        let mut seen_urls = std::collections::HashSet::new();
        for (i, f) in raw.feed.into_iter().enumerate() {
            let parsed = url::Url::parse(&f.url).map_err(|err| {
                invalid("feed.url", i, format!("{:?} is not a URL: {err}", f.url))
            })?;
            if parsed.scheme() != "http" && parsed.scheme() != "https" {
                return Err(invalid(
                    "feed.url",
                    i,
                    format!("{:?}: only http and https feeds are supported", f.url),
                ));
            }
            if !seen_urls.insert(f.url.clone()) {
                return Err(invalid(
                    "feed.url",
                    i,
                    format!("{:?} is listed twice", f.url),
                ));
            }
            let interval = f.interval.unwrap_or(poll_interval);
            if interval < Duration::from_secs(1) {
                return Err(invalid("feed.interval", i, "must be at least 1s".into()));
            }
            feeds.push(FeedConfig {
                name: f
                    .name
                    .unwrap_or_else(|| parsed.host_str().unwrap_or("feed").to_string()),
                adaptive: if f.adaptive.unwrap_or(false) {
                    let min = f.min_interval.unwrap_or(Duration::from_secs(300));
                    let max = f.max_interval.unwrap_or(Duration::from_secs(24 * 3600));
                    if min > max || min < Duration::from_secs(1) {
                        return Err(invalid(
                            "feed.min_interval",
                            i,
                            "must be at least 1s and not above max_interval".into(),
                        ));
                    }
                    Some((min, max))
                } else {
                    if f.min_interval.is_some() || f.max_interval.is_some() {
                        return Err(invalid(
                            "feed.adaptive",
                            i,
                            "min_interval/max_interval need adaptive = true".into(),
                        ));
                    }
                    None
                },
                url: f.url,
                interval,
                expect_update: f.expect_update,
            });
        }

        if let Some(opml_path) = &raw.feeds_opml {
            let full = if opml_path.is_relative() {
                path.parent().unwrap_or(Path::new(".")).join(opml_path)
            } else {
                opml_path.clone()
            };
            let doc = std::fs::read_to_string(&full).map_err(|e| {
                invalid(
                    "feeds_opml",
                    0,
                    format!("cannot read {}: {e}", full.display()),
                )
            })?;
            let found = crate::opml::parse(&doc);
            if found.is_empty() {
                return Err(invalid(
                    "feeds_opml",
                    0,
                    format!("{} lists no feeds (no <outline xmlUrl=…>)", full.display()),
                ));
            }
            for f in found {
                let Ok(parsed) = url::Url::parse(&f.url) else {
                    return Err(invalid(
                        "feeds_opml",
                        0,
                        format!("{}: {:?} is not a URL", full.display(), f.url),
                    ));
                };
                if !matches!(parsed.scheme(), "http" | "https") || !seen_urls.insert(f.url.clone())
                {
                    continue;
                }
                feeds.push(FeedConfig {
                    name: f
                        .name
                        .unwrap_or_else(|| parsed.host_str().unwrap_or("feed").to_string()),
                    url: f.url,
                    interval: poll_interval,
                    expect_update: None,
                    adaptive: None,
                });
            }
        }

        let mut developments = Vec::new();
        for (i, dv) in raw.development.into_iter().enumerate() {
            if !valid_kind_name(&dv.name) {
                return Err(invalid(
                    "development.name",
                    i,
                    format!("{:?}: use lower_snake_case letters, digits and _", dv.name),
                ));
            }
            if BUILTIN_KINDS.iter().any(|k| k.0 == dv.name) {
                return Err(invalid(
                    "development.name",
                    i,
                    format!("{:?} is a built-in kind; choose another name", dv.name),
                ));
            }
            if dv.triggers.iter().all(|t| t.trim().is_empty()) {
                return Err(invalid(
                    "development.triggers",
                    i,
                    "needs at least one trigger".into(),
                ));
            }
            developments.push(DevelopmentConfig {
                name: dv.name,
                description: dv.description,
                triggers: dv.triggers,
                objects: dv.objects,
                actors: dv.actors,
            });
        }

        let mut watchlists = Vec::new();
        let mut names = std::collections::HashSet::new();
        for (i, w) in raw.watchlist.into_iter().enumerate() {
            if w.name.trim().is_empty() || !names.insert(w.name.clone()) {
                return Err(invalid(
                    "watchlist.name",
                    i,
                    format!("{:?} must be non-empty and unique", w.name),
                ));
            }
            if w.keywords.iter().all(|k| k.trim().is_empty()) {
                return Err(invalid(
                    "watchlist.keywords",
                    i,
                    "needs at least one keyword".into(),
                ));
            }
            for r in &w.recipients {
                if r.parse::<lettre::message::Mailbox>().is_err() {
                    return Err(invalid(
                        "watchlist.recipients",
                        i,
                        format!("{r:?} is not an email address"),
                    ));
                }
            }
            let developments = match w.developments {
                Some(list) => {
                    for k in &list {
                        let known = BUILTIN_KINDS.iter().any(|b| b.0 == k)
                            || developments.iter().any(|d| &d.name == k);
                        if !known {
                            return Err(invalid(
                                "watchlist.developments",
                                i,
                                format!(
                                    "unknown development kind {k:?}; built-in kinds are {}",
                                    BUILTIN_KINDS
                                        .iter()
                                        .map(|b| b.0)
                                        .collect::<Vec<_>>()
                                        .join(", ")
                                ),
                            ));
                        }
                    }
                    list
                }
                None => BUILTIN_KINDS
                    .iter()
                    .map(|b| b.0.to_string())
                    .chain(developments.iter().map(|d| d.name.clone()))
                    .collect(),
            };
            let actors = w
                .actors
                .into_iter()
                .map(|(name, aliases)| {
                    let mut all = vec![name.clone()];
                    all.extend(aliases.into_iter().filter(|a| !a.trim().is_empty()));
                    ActorConfig { name, aliases: all }
                })
                .collect();
            let delivery = match w.mode.as_deref().unwrap_or("immediate") {
                "immediate" => {
                    if w.digest_at.is_some() || w.digest_every.is_some() {
                        return Err(invalid(
                            "watchlist.mode",
                            i,
                            "digest_at/digest_every need mode = \"digest\"".into(),
                        ));
                    }
                    if w.max_per_hour == Some(0) {
                        return Err(invalid(
                            "watchlist.max_per_hour",
                            i,
                            "must be at least 1 (leave it out for no cap)".into(),
                        ));
                    }
                    Delivery::Immediate {
                        max_per_hour: w.max_per_hour,
                    }
                }
                "digest" => {
                    if w.digest_at.is_some() && w.digest_every.is_some() {
                        return Err(invalid(
                            "watchlist.digest_every",
                            i,
                            "set digest_at or digest_every, not both".into(),
                        ));
                    }
                    match (&w.digest_at, w.digest_every) {
                        (_, Some(d)) if d < Duration::from_secs(1) => {
                            return Err(invalid(
                                "watchlist.digest_every",
                                i,
                                "must be at least 1s".into(),
                            ))
                        }
                        (_, Some(d)) => Delivery::Digest(DigestSchedule::Every(d)),
                        (Some(at), None) => match parse_hhmm(at) {
                            Some((h, m)) => Delivery::Digest(DigestSchedule::At(h, m)),
                            None => {
                                return Err(invalid(
                                    "watchlist.digest_at",
                                    i,
                                    format!("{at:?}: use HH:MM, e.g. \"07:00\""),
                                ))
                            }
                        },
                        (None, None) => Delivery::Digest(DigestSchedule::At(7, 0)),
                    }
                }
                other => {
                    return Err(invalid(
                        "watchlist.mode",
                        i,
                        format!("{other:?} is not \"immediate\" or \"digest\""),
                    ))
                }
            };
            watchlists.push(WatchlistConfig {
                delivery,
                name: w.name,
                recipients: w.recipients,
                keywords: w.keywords,
                context: w.context,
                exclude: w.exclude,
                developments,
                actors,
            });
        }
        for d in &developments {
            for a in &d.actors {
                if !watchlists
                    .iter()
                    .any(|w| w.actors.iter().any(|x| &x.name == a))
                {
                    return Err(invalid(
                        "development.actors",
                        0,
                        format!("{a:?} is not an actor of any watchlist"),
                    ));
                }
            }
        }

        let web = validate_web(raw.web, &invalid)?;

        Ok(Config {
            path: path.to_path_buf(),
            daemon,
            alerts,
            email,
            feeds,
            watchlists,
            developments,
            web,
        })
    }

    /// Path of the SQLite database.
    pub fn db_path(&self) -> PathBuf {
        self.daemon.state_dir.join("newshound.sqlite")
    }
}

fn parse_hhmm(s: &str) -> Option<(u32, u32)> {
    let (h, m) = s.trim().split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some((h, m))
}

/// `[web]`: an address other than loopback needs authentication, since the view shows
/// what the analyst follows (and alert recipients) to whoever can reach the port.
fn validate_web(
    w: RawWeb,
    invalid: &dyn Fn(&str, usize, String) -> ConfigError,
) -> Result<WebConfig, ConfigError> {
    let listen = match &w.listen {
        None => None,
        Some(a) => Some(a.trim().parse::<std::net::SocketAddr>().map_err(|_| {
            invalid(
                "web.listen",
                0,
                format!("{a:?} is not IP:PORT, e.g. \"127.0.0.1:8080\""),
            )
        })?),
    };
    if w.username.is_some() && w.password_file.is_none() {
        return Err(invalid(
            "web.username",
            0,
            "needs web.password_file (the basic-auth password)".into(),
        ));
    }
    let public_url = match w.public_url {
        None => None,
        Some(u) => {
            let ok = url::Url::parse(u.trim())
                .map(|p| matches!(p.scheme(), "http" | "https"))
                .unwrap_or(false);
            if !ok {
                return Err(invalid(
                    "web.public_url",
                    0,
                    format!(
                        "{u:?} is not an http(s) URL, e.g. \"https://news.example.org/newshound\""
                    ),
                ));
            }
            Some(u.trim().trim_end_matches('/').to_string())
        }
    };
    let web = WebConfig {
        listen,
        public_url,
        username: w.username.unwrap_or_else(|| "newshound".into()),
        password_file: w.password_file,
        token_file: w.token_file,
    };
    if let Some(addr) = web.listen {
        if !addr.ip().is_loopback() && !web.has_auth() {
            return Err(invalid(
                "web.listen",
                0,
                format!("{addr} is reachable from other machines: set web.password_file (HTTP basic auth) or web.token_file, or listen on 127.0.0.1"),
            ));
        }
    }
    Ok(web)
}

fn valid_kind_name(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<Config, ConfigError> {
        Config::parse(s, Path::new("t.toml"))
    }

    #[test]
    fn minimal_config_gets_defaults() {
        let c = parse("[[watchlist]]\nname = \"w\"\nkeywords = [\"talks\"]\n").unwrap();
        assert_eq!(c.daemon.poll_interval, Duration::from_secs(600));
        assert_eq!(c.alerts.dedupe_window, Duration::from_secs(72 * 3600));
        assert_eq!(c.watchlists[0].developments.len(), 8);
        assert!(matches!(c.email.transport, Transport::File(_)));
    }

    #[test]
    fn unknown_key_is_named_with_line() {
        let err = parse("[daemon]\npoll_intervall = \"5m\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("poll_intervall"), "{err}");
        assert!(err.starts_with("t.toml:2:"), "{err}");
    }

    #[test]
    fn bad_duration_names_value_and_line() {
        let err = parse("[alerts]\nmax_age = \"soon\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("t.toml:2:"), "{err}");
        assert!(err.contains("soon"), "{err}");
    }

    #[test]
    fn invalid_values_name_key_and_line() {
        let err = parse("[[feed]]\nurl = \"ftp://x/y\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("t.toml:2: key `feed.url`"), "{err}");
        let err = parse("[email]\ntransport = \"pigeon\"\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("email.transport") && err.contains(":2:"),
            "{err}"
        );
        let err =
            parse("[[watchlist]]\nname = \"w\"\nkeywords = [\"x\"]\ndevelopments = [\"coup\"]\n")
                .unwrap_err()
                .to_string();
        assert!(
            err.contains("watchlist.developments") && err.contains("coup"),
            "{err}"
        );
    }

    #[test]
    fn delivery_modes_validate() {
        let base = "[[watchlist]]\nname = \"w\"\nkeywords = [\"x\"]\n";
        let c = parse(&format!("{base}mode = \"digest\"\ndigest_at = \"07:30\"\n")).unwrap();
        assert_eq!(
            c.watchlists[0].delivery,
            Delivery::Digest(DigestSchedule::At(7, 30))
        );
        let c = parse(&format!("{base}max_per_hour = 3\n")).unwrap();
        assert_eq!(
            c.watchlists[0].delivery,
            Delivery::Immediate {
                max_per_hour: Some(3)
            }
        );
        let err = parse(&format!("{base}mode = \"digest\"\ndigest_at = \"25:00\"\n"))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("watchlist.digest_at") && err.contains(":5:"),
            "{err}"
        );
        let err = parse(&format!("{base}digest_every = \"6h\"\n"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("watchlist.mode"), "{err}");
        let err = parse("[alerts]\ntimezone = \"Mars/Base\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("alerts.timezone"), "{err}");
        assert!(matches!(
            parse("[alerts]\ntimezone = \"+02:00\"\n")
                .unwrap()
                .alerts
                .timezone,
            TimeZone::Fixed(_)
        ));
        assert!(matches!(
            parse("[alerts]\ntimezone = \"Europe/Berlin\"\n")
                .unwrap()
                .alerts
                .timezone,
            TimeZone::Named(_)
        ));
    }

    #[test]
    fn web_needs_auth_beyond_loopback() {
        let c = parse("").unwrap();
        assert_eq!(c.web.listen, None);
        let c = parse("[web]\nlisten = \"127.0.0.1:8080\"\n").unwrap();
        assert!(c.web.listen.unwrap().ip().is_loopback());
        let c = parse("[web]\nlisten = \"[::1]:8080\"\npublic_url = \"https://x.example/nh/\"\n")
            .unwrap();
        assert_eq!(c.web.public_url.as_deref(), Some("https://x.example/nh"));
        let err = parse("[web]\nlisten = \"0.0.0.0:8080\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("t.toml:2: key `web.listen`"), "{err}");
        assert!(err.contains("password_file"), "{err}");
        parse("[web]\nlisten = \"0.0.0.0:8080\"\npassword_file = \"/run/pw\"\n").unwrap();
        parse("[web]\nlisten = \"0.0.0.0:8080\"\ntoken_file = \"/run/tok\"\n").unwrap();
        for bad in [
            "listen = \"localhost\"",
            "public_url = \"javascript:alert(1)\"",
            "username = \"a\"",
            "lisen = \"x\"",
        ] {
            assert!(parse(&format!("[web]\n{bad}\n")).is_err(), "{bad}");
        }
    }

    #[test]
    fn actors_include_their_own_name() {
        let c = parse("[[watchlist]]\nname = \"w\"\nkeywords = [\"x\"]\n[watchlist.actors]\n\"Israel\" = [\"Israeli\"]\n").unwrap();
        assert_eq!(c.watchlists[0].actors[0].aliases, vec!["Israel", "Israeli"]);
    }
}
