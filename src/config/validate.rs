//! Per-section validators: the raw serde values become the typed config, each rule with
//! an error that names the key and the line its value is on (from `toml::Spanned`; line
//! 0 when the key is missing altogether).

use std::collections::HashSet;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Duration;
use toml::Spanned;

use super::raw::{
    dur, RawAlerts, RawConfig, RawDaemon, RawDevelopment, RawEmail, RawFeed, RawWatchlist, RawWeb,
};
use super::{
    line_col, ActorConfig, AlertsConfig, Config, ConfigError, DaemonConfig, Delivery,
    DevelopmentConfig, DigestSchedule, EmailConfig, FeedConfig, OpmlSource, SmtpConfig, TimeZone,
    TlsMode, Transport, WatchlistConfig, WebConfig,
};
use crate::kinds::{is_builtin, BUILTIN_KINDS};

/// Where errors point: the file, and its text to turn a value's offset into a line.
pub(super) struct At<'a> {
    /// The config text.
    pub text: &'a str,
    /// The file, for messages.
    pub path: &'a Path,
}

impl At<'_> {
    /// An invalid value: `key` is its dotted path, `span` its place in the text (None
    /// when the key is missing).
    fn invalid(&self, key: &str, span: Option<Range<usize>>, message: String) -> ConfigError {
        ConfigError::Invalid {
            path: self.path.to_path_buf(),
            line: self.line(span),
            key: key.to_string(),
            message,
        }
    }

    fn line(&self, span: Option<Range<usize>>) -> usize {
        span.map(|s| line_col(self.text, s.start).0).unwrap_or(0)
    }
}

/// The place of an optional value.
fn span<T>(v: &Option<Spanned<T>>) -> Option<Range<usize>> {
    v.as_ref().map(Spanned::span)
}

/// An optional value without its place.
fn value<T>(v: Option<Spanned<T>>) -> Option<T> {
    v.map(Spanned::into_inner)
}

/// The whole file, section by section.
pub(super) fn config(raw: RawConfig, at: &At) -> Result<Config, ConfigError> {
    let daemon = daemon(raw.daemon, at)?;
    let alerts = alerts(raw.alerts, at)?;
    let email = email(raw.email, &daemon.state_dir, at)?;
    let feeds = feeds(raw.feed, daemon.poll_interval, at)?;
    let (developments, actor_spans) = developments(raw.development, at)?;
    let watchlists = watchlists(raw.watchlist, &developments, at)?;
    development_actors(&developments, &actor_spans, &watchlists, at)?;
    let web = web(raw.web, at)?;
    // read by `Config::load`, where the feeds are loaded: relative to the config file
    let feeds_opml = raw.feeds_opml.map(|p| {
        let line = at.line(Some(p.span()));
        let p = p.into_inner();
        let path = if p.is_relative() {
            at.path.parent().unwrap_or(Path::new(".")).join(p)
        } else {
            p
        };
        OpmlSource { path, line }
    });
    Ok(Config {
        path: at.path.to_path_buf(),
        daemon,
        alerts,
        email,
        feeds,
        watchlists,
        developments,
        web,
        feeds_opml,
    })
}

/// `[daemon]`.
fn daemon(d: RawDaemon, at: &At) -> Result<DaemonConfig, ConfigError> {
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
    let poll_interval = d.poll_interval.as_ref().map(|s| s.get_ref().0);
    let poll_interval = poll_interval.unwrap_or(Duration::from_secs(600));
    if poll_interval < Duration::from_secs(1) {
        let s = span(&d.poll_interval);
        return Err(at.invalid("daemon.poll_interval", s, "must be at least 1s".into()));
    }
    let max_concurrency = d
        .max_concurrency
        .as_ref()
        .map(|s| *s.get_ref())
        .unwrap_or(8);
    if max_concurrency == 0 {
        let s = span(&d.max_concurrency);
        return Err(at.invalid("daemon.max_concurrency", s, "must be at least 1".into()));
    }
    let per_host = d
        .per_host_concurrency
        .as_ref()
        .map(|s| *s.get_ref())
        .unwrap_or(2);
    if per_host == 0 {
        let s = span(&d.per_host_concurrency);
        return Err(at.invalid(
            "daemon.per_host_concurrency",
            s,
            "must be at least 1".into(),
        ));
    }
    let max_body = d.max_body_bytes.as_ref().map(|s| *s.get_ref());
    let max_body = max_body.unwrap_or(16 * 1024 * 1024);
    if max_body < 1024 {
        let s = span(&d.max_body_bytes);
        return Err(at.invalid("daemon.max_body_bytes", s, "must be at least 1024".into()));
    }
    let metrics_listen = match d.metrics_listen {
        Some(a) if a.get_ref().parse::<std::net::SocketAddr>().is_err() => {
            return Err(at.invalid(
                "daemon.metrics_listen",
                Some(a.span()),
                format!(
                    "{:?} is not HOST:PORT, e.g. \"127.0.0.1:9464\"",
                    a.get_ref()
                ),
            ))
        }
        other => value(other),
    };
    Ok(DaemonConfig {
        state_dir,
        poll_interval,
        max_concurrency,
        per_host_concurrency: per_host,
        connect_timeout: dur(d.connect_timeout).unwrap_or(Duration::from_secs(10)),
        timeout: dur(d.timeout).unwrap_or(Duration::from_secs(30)),
        max_body_bytes: max_body,
        max_backoff: dur(d.max_backoff).unwrap_or(Duration::from_secs(24 * 3600)),
        keep_items: dur(d.keep_items).unwrap_or(Duration::from_secs(90 * 24 * 3600)),
        metrics_listen,
        user_agent: d.user_agent.unwrap_or_else(|| {
            format!(
                "newshound/{} (+https://github.com/newshound/newshound; feed monitor)",
                env!("CARGO_PKG_VERSION")
            )
        }),
    })
}

/// `[alerts]`.
fn alerts(a: RawAlerts, at: &At) -> Result<AlertsConfig, ConfigError> {
    let admin = match a.admin {
        Some(x) if x.get_ref().parse::<lettre::message::Mailbox>().is_err() => {
            return Err(at.invalid(
                "alerts.admin",
                Some(x.span()),
                format!("{:?} is not an email address", x.get_ref()),
            ))
        }
        other => value(other),
    };
    let timezone = match &a.timezone {
        None => TimeZone::Local,
        Some(z) => TimeZone::parse(z.get_ref()).ok_or_else(|| {
            at.invalid(
                "alerts.timezone",
                Some(z.span()),
                format!(
                    "{:?}: use \"local\", \"UTC\", an offset such as \"+02:00\" or an IANA name such as \"Europe/Berlin\"",
                    z.get_ref()
                ),
            )
        })?,
    };
    let max_attempts = a.max_attempts.as_ref().map(|s| *s.get_ref()).unwrap_or(10);
    if max_attempts == 0 {
        let s = span(&a.max_attempts);
        return Err(at.invalid("alerts.max_attempts", s, "must be at least 1".into()));
    }
    Ok(AlertsConfig {
        max_age: dur(a.max_age).unwrap_or(Duration::from_secs(48 * 3600)),
        dedupe_window: dur(a.dedupe_window).unwrap_or(Duration::from_secs(72 * 3600)),
        max_attempts,
        retry_base: dur(a.retry_base).unwrap_or(Duration::from_secs(30)),
        story_window: dur(a.story_window).unwrap_or(Duration::from_secs(72 * 3600)),
        admin,
        feed_failure_after: dur(a.feed_failure_after).unwrap_or(Duration::from_secs(24 * 3600)),
        timezone,
    })
}

/// `[email]`; the file transport's directory defaults to `STATE_DIR/mail`.
fn email(mut e: RawEmail, state_dir: &Path, at: &At) -> Result<EmailConfig, ConfigError> {
    let from_span = span(&e.from);
    let from = value(e.from.take()).unwrap_or_else(|| "newshound <newshound@localhost>".into());
    if from.parse::<lettre::message::Mailbox>().is_err() {
        return Err(at.invalid(
            "email.from",
            from_span,
            format!("{from:?} is not a mailbox (e.g. \"newshound <alerts@example.org>\")"),
        ));
    }
    let timeout = dur(e.timeout).unwrap_or(Duration::from_secs(30));
    Ok(EmailConfig {
        from,
        transport: transport(e, state_dir, at)?,
        timeout,
    })
}

/// `transport` and the keys of the one chosen.
fn transport(mut e: RawEmail, state_dir: &Path, at: &At) -> Result<Transport, ConfigError> {
    let kind_span = span(&e.transport);
    let kind = value(e.transport.take());
    match kind.as_deref().unwrap_or("file") {
        "file" => Ok(Transport::File(
            e.dir.unwrap_or_else(|| state_dir.join("mail")),
        )),
        "sendmail" => Ok(Transport::Sendmail(
            e.sendmail_command
                .unwrap_or_else(|| PathBuf::from("/usr/sbin/sendmail")),
        )),
        "smtp" => Ok(Transport::Smtp(smtp(e, at)?)),
        other => Err(at.invalid(
            "email.transport",
            kind_span,
            format!("{other:?} is not one of \"file\", \"smtp\", \"sendmail\""),
        )),
    }
}

/// `[email]` with `transport = "smtp"`.
fn smtp(e: RawEmail, at: &At) -> Result<SmtpConfig, ConfigError> {
    let host = e.host.ok_or_else(|| {
        at.invalid(
            "email.host",
            None,
            "required when transport = \"smtp\"".into(),
        )
    })?;
    let tls = match e
        .tls
        .as_ref()
        .map(|t| t.get_ref().as_str())
        .unwrap_or("starttls")
    {
        "starttls" => TlsMode::Starttls,
        "tls" => TlsMode::Tls,
        "none" => TlsMode::None,
        other => {
            return Err(at.invalid(
                "email.tls",
                span(&e.tls),
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
        return Err(at.invalid(
            "email.password_env",
            span(&e.password_env),
            "set password_file or password_env, not both".into(),
        ));
    }
    Ok(SmtpConfig {
        host,
        port,
        tls,
        username: e.username,
        password_file: e.password_file,
        password_env: value(e.password_env),
        ca_file: e.ca_file,
    })
}

/// `[[feed]]` tables, in order; a URL may appear once.
fn feeds(
    raw: Vec<RawFeed>,
    poll_interval: Duration,
    at: &At,
) -> Result<Vec<FeedConfig>, ConfigError> {
    let mut seen = HashSet::new();
    raw.into_iter()
        .map(|f| feed(f, poll_interval, &mut seen, at))
        .collect()
}

fn feed(
    f: RawFeed,
    poll_interval: Duration,
    seen: &mut HashSet<String>,
    at: &At,
) -> Result<FeedConfig, ConfigError> {
    let (url, url_span) = (f.url.get_ref().clone(), Some(f.url.span()));
    let parsed = url::Url::parse(&url).map_err(|err| {
        at.invalid(
            "feed.url",
            url_span.clone(),
            format!("{url:?} is not a URL: {err}"),
        )
    })?;
    if parsed.scheme() != "http" && parsed.scheme() != "https" {
        return Err(at.invalid(
            "feed.url",
            url_span,
            format!("{url:?}: only http and https feeds are supported"),
        ));
    }
    if !seen.insert(url.clone()) {
        return Err(at.invalid("feed.url", url_span, format!("{url:?} is listed twice")));
    }
    let interval = f
        .interval
        .as_ref()
        .map(|s| s.get_ref().0)
        .unwrap_or(poll_interval);
    if interval < Duration::from_secs(1) {
        let s = span(&f.interval);
        return Err(at.invalid("feed.interval", s, "must be at least 1s".into()));
    }
    Ok(FeedConfig {
        name: f
            .name
            .clone()
            .unwrap_or_else(|| parsed.host_str().unwrap_or("feed").to_string()),
        adaptive: adaptive(&f, at)?,
        url,
        interval,
        expect_update: dur(f.expect_update),
    })
}

/// A feed's adaptive polling range: `min_interval` … `max_interval`, with
/// `adaptive = true` only.
fn adaptive(f: &RawFeed, at: &At) -> Result<Option<(Duration, Duration)>, ConfigError> {
    let (min, max) = (&f.min_interval, &f.max_interval);
    if !f.adaptive.as_ref().map(|a| *a.get_ref()).unwrap_or(false) {
        if min.is_some() || max.is_some() {
            // the key to change is `adaptive`; where it is missing, the interval it enables
            let s = span(&f.adaptive)
                .or_else(|| span(min))
                .or_else(|| span(max));
            return Err(at.invalid(
                "feed.adaptive",
                s,
                "min_interval/max_interval need adaptive = true".into(),
            ));
        }
        return Ok(None);
    }
    let min_d = min
        .as_ref()
        .map(|s| s.get_ref().0)
        .unwrap_or(Duration::from_secs(300));
    let max_d = max.as_ref().map(|s| s.get_ref().0);
    let max_d = max_d.unwrap_or(Duration::from_secs(24 * 3600));
    if min_d > max_d || min_d < Duration::from_secs(1) {
        let s = span(min)
            .or_else(|| span(max))
            .or_else(|| span(&f.adaptive));
        return Err(at.invalid(
            "feed.min_interval",
            s,
            "must be at least 1s and not above max_interval".into(),
        ));
    }
    Ok(Some((min_d, max_d)))
}

/// `[[development]]` kinds, with the place of each one's `actors` (checked once the
/// watchlists are known).
#[allow(clippy::type_complexity)]
fn developments(
    raw: Vec<RawDevelopment>,
    at: &At,
) -> Result<(Vec<DevelopmentConfig>, Vec<Option<Range<usize>>>), ConfigError> {
    let mut out = Vec::new();
    let mut actor_spans = Vec::new();
    for dv in raw {
        let (name, name_span) = (dv.name.get_ref().clone(), Some(dv.name.span()));
        if !valid_kind_name(&name) {
            return Err(at.invalid(
                "development.name",
                name_span,
                format!("{name:?}: use lower_snake_case letters, digits and _"),
            ));
        }
        if is_builtin(&name) {
            return Err(at.invalid(
                "development.name",
                name_span,
                format!("{name:?} is a built-in kind; choose another name"),
            ));
        }
        if dv.triggers.get_ref().iter().all(|t| t.trim().is_empty()) {
            return Err(at.invalid(
                "development.triggers",
                Some(dv.triggers.span()),
                "needs at least one trigger".into(),
            ));
        }
        actor_spans.push(span(&dv.actors));
        out.push(DevelopmentConfig {
            name,
            description: dv.description,
            triggers: dv.triggers.into_inner(),
            objects: dv.objects,
            actors: value(dv.actors).unwrap_or_default(),
        });
    }
    Ok((out, actor_spans))
}

/// A user kind restricted to actors names actors some watchlist has.
fn development_actors(
    developments: &[DevelopmentConfig],
    actor_spans: &[Option<Range<usize>>],
    watchlists: &[WatchlistConfig],
    at: &At,
) -> Result<(), ConfigError> {
    for (d, s) in developments.iter().zip(actor_spans) {
        for a in &d.actors {
            if !watchlists
                .iter()
                .any(|w| w.actors.iter().any(|x| &x.name == a))
            {
                return Err(at.invalid(
                    "development.actors",
                    s.clone(),
                    format!("{a:?} is not an actor of any watchlist"),
                ));
            }
        }
    }
    Ok(())
}

/// `[[watchlist]]` tables; names are unique.
fn watchlists(
    raw: Vec<RawWatchlist>,
    developments: &[DevelopmentConfig],
    at: &At,
) -> Result<Vec<WatchlistConfig>, ConfigError> {
    let mut names = HashSet::new();
    let mut out = Vec::new();
    for w in raw {
        let name = w.name.get_ref().clone();
        if name.trim().is_empty() || !names.insert(name.clone()) {
            return Err(at.invalid(
                "watchlist.name",
                Some(w.name.span()),
                format!("{name:?} must be non-empty and unique"),
            ));
        }
        out.push(watchlist(w, developments, at)?);
    }
    Ok(out)
}

fn watchlist(
    w: RawWatchlist,
    developments: &[DevelopmentConfig],
    at: &At,
) -> Result<WatchlistConfig, ConfigError> {
    if w.keywords.get_ref().iter().all(|k| k.trim().is_empty()) {
        return Err(at.invalid(
            "watchlist.keywords",
            Some(w.keywords.span()),
            "needs at least one keyword".into(),
        ));
    }
    for r in w.recipients.iter().flat_map(|r| r.get_ref()) {
        if r.parse::<lettre::message::Mailbox>().is_err() {
            return Err(at.invalid(
                "watchlist.recipients",
                span(&w.recipients),
                format!("{r:?} is not an email address"),
            ));
        }
    }
    let kinds = watchlist_kinds(&w.developments, developments, at)?;
    let actors = w
        .actors
        .0
        .iter()
        .map(|(name, aliases)| {
            let mut all = vec![name.clone()];
            all.extend(aliases.iter().filter(|a| !a.trim().is_empty()).cloned());
            ActorConfig {
                name: name.clone(),
                aliases: all,
            }
        })
        .collect();
    Ok(WatchlistConfig {
        delivery: delivery(&w, at)?,
        name: w.name.into_inner(),
        recipients: value(w.recipients).unwrap_or_default(),
        keywords: w.keywords.into_inner(),
        context: w.context,
        exclude: w.exclude,
        developments: kinds,
        actors,
    })
}

/// The kinds a watchlist alerts on: those it lists (each must exist), else every kind.
fn watchlist_kinds(
    listed: &Option<Spanned<Vec<String>>>,
    developments: &[DevelopmentConfig],
    at: &At,
) -> Result<Vec<String>, ConfigError> {
    let Some(list) = listed else {
        return Ok(BUILTIN_KINDS
            .iter()
            .map(|b| b.0.to_string())
            .chain(developments.iter().map(|d| d.name.clone()))
            .collect());
    };
    for k in list.get_ref() {
        if !is_builtin(k) && !developments.iter().any(|d| &d.name == k) {
            return Err(at.invalid(
                "watchlist.developments",
                Some(list.span()),
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
    Ok(list.get_ref().clone())
}

/// A watchlist's `mode` and the keys that go with it.
fn delivery(w: &RawWatchlist, at: &At) -> Result<Delivery, ConfigError> {
    let (at_time, every) = (&w.digest_at, &w.digest_every);
    match w
        .mode
        .as_ref()
        .map(|m| m.get_ref().as_str())
        .unwrap_or("immediate")
    {
        "immediate" => {
            if at_time.is_some() || every.is_some() {
                // the key to change is `mode`; where it is missing, the digest key
                let s = span(&w.mode)
                    .or_else(|| span(at_time))
                    .or_else(|| span(every));
                return Err(at.invalid(
                    "watchlist.mode",
                    s,
                    "digest_at/digest_every need mode = \"digest\"".into(),
                ));
            }
            let max_per_hour = w.max_per_hour.as_ref().map(|m| *m.get_ref());
            if max_per_hour == Some(0) {
                return Err(at.invalid(
                    "watchlist.max_per_hour",
                    span(&w.max_per_hour),
                    "must be at least 1 (leave it out for no cap)".into(),
                ));
            }
            Ok(Delivery::Immediate { max_per_hour })
        }
        "digest" => Ok(Delivery::Digest(digest_schedule(at_time, every, at)?)),
        other => Err(at.invalid(
            "watchlist.mode",
            span(&w.mode),
            format!("{other:?} is not \"immediate\" or \"digest\""),
        )),
    }
}

/// `digest_at` (default 07:00) or `digest_every`, not both.
fn digest_schedule(
    at_time: &Option<Spanned<String>>,
    every: &Option<Spanned<super::raw::Dur>>,
    at: &At,
) -> Result<DigestSchedule, ConfigError> {
    if at_time.is_some() && every.is_some() {
        return Err(at.invalid(
            "watchlist.digest_every",
            span(every),
            "set digest_at or digest_every, not both".into(),
        ));
    }
    match (at_time, every) {
        (_, Some(d)) if d.get_ref().0 < Duration::from_secs(1) => Err(at.invalid(
            "watchlist.digest_every",
            Some(d.span()),
            "must be at least 1s".into(),
        )),
        (_, Some(d)) => Ok(DigestSchedule::Every(d.get_ref().0)),
        (Some(t), None) => match parse_hhmm(t.get_ref()) {
            Some((h, m)) => Ok(DigestSchedule::At(h, m)),
            None => Err(at.invalid(
                "watchlist.digest_at",
                Some(t.span()),
                format!("{:?}: use HH:MM, e.g. \"07:00\"", t.get_ref()),
            )),
        },
        (None, None) => Ok(DigestSchedule::At(7, 0)),
    }
}

fn parse_hhmm(s: &str) -> Option<(u32, u32)> {
    let (h, m) = s.trim().split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some((h, m))
}

fn valid_kind_name(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// `[web]`: an address other than loopback needs authentication, since the view shows
/// what the analyst follows (and alert recipients) to whoever can reach the port.
fn web(w: RawWeb, at: &At) -> Result<WebConfig, ConfigError> {
    let listen_span = span(&w.listen);
    let listen = match &w.listen {
        None => None,
        Some(a) => Some(
            a.get_ref()
                .trim()
                .parse::<std::net::SocketAddr>()
                .map_err(|_| {
                    at.invalid(
                        "web.listen",
                        listen_span.clone(),
                        format!("{:?} is not IP:PORT, e.g. \"127.0.0.1:8080\"", a.get_ref()),
                    )
                })?,
        ),
    };
    if w.username.is_some() && w.password_file.is_none() {
        return Err(at.invalid(
            "web.username",
            span(&w.username),
            "needs web.password_file (the basic-auth password)".into(),
        ));
    }
    let public_url = match &w.public_url {
        None => None,
        Some(u) => {
            let ok = url::Url::parse(u.get_ref().trim())
                .map(|p| matches!(p.scheme(), "http" | "https"))
                .unwrap_or(false);
            if !ok {
                return Err(at.invalid(
                    "web.public_url",
                    Some(u.span()),
                    format!(
                        "{:?} is not an http(s) URL, e.g. \"https://news.example.org/newshound\"",
                        u.get_ref()
                    ),
                ));
            }
            Some(u.get_ref().trim().trim_end_matches('/').to_string())
        }
    };
    let web = WebConfig {
        listen,
        public_url,
        username: value(w.username).unwrap_or_else(|| "newshound".into()),
        password_file: w.password_file,
        token_file: w.token_file,
    };
    if let Some(addr) = web.listen {
        if !addr.ip().is_loopback() && !web.has_auth() {
            return Err(at.invalid(
                "web.listen",
                listen_span,
                format!("{addr} is reachable from other machines: set web.password_file (HTTP basic auth) or web.token_file, or listen on 127.0.0.1"),
            ));
        }
    }
    Ok(web)
}
