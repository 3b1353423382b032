//! Configuration: TOML parsed into raw serde types (`raw`), then validated section by
//! section into the typed ones below (`validate`).
//!
//! Two layers so that syntax errors (toml reports line and column) and meaning errors
//! (each checked value keeps its position as a `toml::Spanned`) both name the file, the
//! key and where it is. `feeds_opml` is read by [`Config::load`], where the feeds are
//! loaded, never while parsing.

mod raw;
mod validate;

use std::path::{Path, PathBuf};
use std::time::Duration;

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
    /// `feeds_opml`: the OPML file whose feeds [`Config::load`] adds.
    pub feeds_opml: Option<OpmlSource>,
}

/// The OPML file named by `feeds_opml`.
#[derive(Debug, Clone)]
pub struct OpmlSource {
    /// Its path, relative ones resolved against the config file's directory.
    pub path: PathBuf,
    /// Line of `feeds_opml` in the config file, for messages.
    pub line: usize,
}

/// Where the config is: `--config`, else `$NEWSHOUND_CONFIG`, else /etc.
pub fn default_path() -> PathBuf {
    std::env::var_os("NEWSHOUND_CONFIG")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/etc/newshound/newshound.toml"))
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
    /// Reads and validates the file, then adds the feeds of its `feeds_opml` file: the
    /// one place feeds are loaded from disk.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let mut cfg = Config::parse(&text, path)?;
        if let Some(src) = cfg.feeds_opml.clone() {
            cfg.add_opml_feeds(&src)?;
        }
        Ok(cfg)
    }

    /// Parses and validates text, reading no other file (`feeds_opml` is only recorded;
    /// [`Config::load`] reads it); `path` is used in messages and to resolve
    /// `feeds_opml`.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let raw: raw::RawConfig = toml::from_str(text).map_err(|e| {
            let (line, column) = e.span().map(|s| line_col(text, s.start)).unwrap_or((0, 0));
            ConfigError::Syntax {
                path: path.to_path_buf(),
                line,
                column,
                message: e.message().trim().to_string(),
            }
        })?;
        validate::config(raw, &validate::At { text, path })
    }

    /// Adds the http(s) feeds of an OPML file that are not configured already, polled
    /// at `poll_interval`.
    fn add_opml_feeds(&mut self, src: &OpmlSource) -> Result<(), ConfigError> {
        let file = src.path.display();
        let invalid = |message: String| ConfigError::Invalid {
            path: self.path.clone(),
            line: src.line,
            key: "feeds_opml".into(),
            message,
        };
        let doc = std::fs::read_to_string(&src.path)
            .map_err(|e| invalid(format!("cannot read {file}: {e}")))?;
        let found = crate::opml::parse(&doc).map_err(|e| invalid(format!("{file}: {e}")))?;
        if found.is_empty() {
            return Err(invalid(format!(
                "{file} lists no feeds (no <outline xmlUrl=…>)"
            )));
        }
        let mut seen: std::collections::HashSet<String> =
            self.feeds.iter().map(|f| f.url.clone()).collect();
        let mut added = Vec::new();
        for f in found {
            let Ok(parsed) = url::Url::parse(&f.url) else {
                return Err(invalid(format!("{file}: {:?} is not a URL", f.url)));
            };
            if !matches!(parsed.scheme(), "http" | "https") || !seen.insert(f.url.clone()) {
                continue;
            }
            added.push(FeedConfig {
                name: f
                    .name
                    .unwrap_or_else(|| parsed.host_str().unwrap_or("feed").to_string()),
                url: f.url,
                interval: self.daemon.poll_interval,
                expect_update: None,
                adaptive: None,
            });
        }
        self.feeds.extend(added);
        Ok(())
    }

    /// Path of the SQLite database.
    pub fn db_path(&self) -> PathBuf {
        self.daemon.state_dir.join("newshound.sqlite")
    }
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
    fn actors_keep_the_order_the_file_lists_them_in() {
        let c = parse("[[watchlist]]\nname = \"w\"\nkeywords = [\"x\"]\n[watchlist.actors]\n\"Peru\" = [\"Peruvian government\"]\n\"Japan\" = [\"Japanese government\"]\n\"Guarantors\" = []\n").unwrap();
        let names: Vec<&str> = c.watchlists[0]
            .actors
            .iter()
            .map(|a| a.name.as_str())
            .collect();
        assert_eq!(names, ["Peru", "Japan", "Guarantors"]);
    }

    #[test]
    fn actors_include_their_own_name() {
        let c = parse("[[watchlist]]\nname = \"w\"\nkeywords = [\"x\"]\n[watchlist.actors]\n\"Israel\" = [\"Israeli\"]\n").unwrap();
        assert_eq!(c.watchlists[0].actors[0].aliases, vec!["Israel", "Israeli"]);
    }

    #[test]
    fn positions_are_the_values_own_not_the_first_key_of_that_name() {
        // the same key name earlier in another table, and a second array element
        let err = parse("[email]\nusername = \"u\"\n[web]\nusername = \"a\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("t.toml:4: key `web.username`"), "{err}");
        let w = "[[watchlist]]\nname = \"w\"\nkeywords = [\"x\"]\n";
        let err = parse(&format!(
            "{w}[[watchlist]]\nname = \"v\"\nkeywords = [\"y\"]\nmode = \"x\"\n"
        ))
        .unwrap_err()
        .to_string();
        assert!(err.starts_with("t.toml:7: key `watchlist.mode`"), "{err}");
        // a missing key is pointed at by the key that needs it
        let err = parse(&format!("{w}digest_every = \"6h\"\n"))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("t.toml:4: key `watchlist.mode`"), "{err}");
        let err = parse("feed = [{url = \"ftp://z/\"}]\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("t.toml:1: key `feed.url`"), "{err}");
        let err = parse(&format!("{w}[watchlist.actors]\n\"Israel\" = []\n[[development]]\nname = \"k\"\ntriggers = [\"x\"]\nactors = [\"Mars\"]\n"))
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("t.toml:9: key `development.actors`"),
            "{err}"
        );
    }

    #[test]
    fn opml_feeds_are_read_by_load_not_parse() {
        let dir = tempfile::tempdir().unwrap();
        let cfg = dir.path().join("c.toml");
        std::fs::write(
            dir.path().join("subs.opml"),
            r#"<opml version="2.0"><body><outline text="Wire" xmlUrl="https://wire.example/rss"/><outline text="again" xmlUrl="https://a.example/"/></body></opml>"#,
        )
        .unwrap();
        let text = "feeds_opml = \"subs.opml\"\n[[feed]]\nurl = \"https://a.example/\"\n";
        std::fs::write(&cfg, text).unwrap();
        assert_eq!(Config::parse(text, &cfg).unwrap().feeds.len(), 1);
        let loaded = Config::load(&cfg).unwrap();
        let names: Vec<&str> = loaded.feeds.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["a.example", "Wire"]);
        std::fs::write(
            dir.path().join("subs.opml"),
            "<opml><body><outline xmlUrl=\"x</body>",
        )
        .unwrap();
        let err = Config::load(&cfg).unwrap_err().to_string();
        assert!(
            err.contains(":1: key `feeds_opml`")
                && err.contains("subs.opml")
                && err.contains("not well-formed OPML"),
            "{err}"
        );
    }
}
