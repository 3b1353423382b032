//! The manual: the man page and shell completions, generated from the clap definitions
//! (`newshound generate man|completions DIR`, run by `tools/deb.sh` before `cargo deb`),
//! and the table of configuration keys they document.
//!
//! The keys are checked against the parser itself: [`accepted_keys`] asks the config
//! code which keys it takes (its unknown-key error lists them), so a key added to the
//! config without documentation fails a test instead of going unnoticed.

use clap_mangen::roff::{bold, italic, roman, Roff};
use std::io::Write;
use std::path::Path;

use crate::config::{Config, ConfigError};

/// What `newshound generate` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Artifact {
    /// `newshound.1`.
    Man,
    /// `newshound.bash`, `_newshound` (zsh) and `newshound.fish`.
    Completions,
}

/// One configuration key: its table, name, default and meaning.
pub struct Key {
    /// Table (`daemon`, `feed`, …; empty for the top level).
    pub section: &'static str,
    /// Key name.
    pub key: &'static str,
    /// Default (or "required", "off").
    pub default: &'static str,
    /// What it does.
    pub meaning: &'static str,
}

const fn k(
    section: &'static str,
    key: &'static str,
    default: &'static str,
    meaning: &'static str,
) -> Key {
    Key {
        section,
        key,
        default,
        meaning,
    }
}

/// Every configuration key (README.md "Configuration reference" says the same).
pub const KEYS: &[Key] = &[
    k("", "feeds_opml", "none", "an OPML file whose feeds are added (path relative to the config file)"),
    k("daemon", "state_dir", "$STATE_DIRECTORY, else ./state", "directory of the SQLite database (newshound.sqlite) and the default mail dir; a relative path resolves against the working directory"),
    k("daemon", "poll_interval", "10m", "default interval between two polls of one feed"),
    k("daemon", "max_concurrency", "8", "feeds fetched at once"),
    k("daemon", "per_host_concurrency", "2", "requests at once to one host"),
    k("daemon", "connect_timeout", "10s", "TCP and TLS connect timeout"),
    k("daemon", "timeout", "30s", "whole-request timeout"),
    k("daemon", "max_body_bytes", "16777216", "largest feed body, counted after decompression"),
    k("daemon", "max_backoff", "24h", "ceiling of the exponential backoff after failures"),
    k("daemon", "user_agent", "newshound/VERSION (…)", "User-Agent header"),
    k("daemon", "metrics_listen", "off", "HOST:PORT of a Prometheus endpoint (GET /metrics)"),
    k("daemon", "keep_items", "90d", "items older than this lose their text in a daily job; 0s keeps everything"),
    k("alerts", "max_age", "48h", "items published earlier are stored and analysed, never alerted"),
    k("alerts", "dedupe_window", "72h", "the same kind by an overlapping actor within it is one development"),
    k("alerts", "max_attempts", "10", "delivery attempts before an alert is marked failed"),
    k("alerts", "retry_base", "30s", "first retry delay, doubling (at most 6h)"),
    k("alerts", "story_window", "72h", "how far apart (publication time) the items of one story may be"),
    k("alerts", "admin", "none", "operations address: one email when a feed fails longer than feed_failure_after or stays silent longer than its expect_update, one when it recovers"),
    k("alerts", "feed_failure_after", "24h", "see admin"),
    k("alerts", "timezone", "local", "time zone of digest_at and of the times in emails and the web view: local, UTC, an offset such as +02:00, or an IANA name such as Europe/Berlin"),
    k("email", "from", "newshound <newshound@localhost>", "From: header"),
    k("email", "transport", "file", "file (one .eml file per message in dir), smtp or sendmail"),
    k("email", "dir", "STATE_DIR/mail", "file transport: the directory of the .eml files"),
    k("email", "host", "required for smtp", "SMTP relay"),
    k("email", "port", "587, 465 or 25 (by tls)", "SMTP port"),
    k("email", "tls", "starttls", "starttls (required), tls (implicit) or none"),
    k("email", "username", "none", "SMTP AUTH user"),
    k("email", "password_file", "none", "file holding the SMTP password (e.g. a systemd credential)"),
    k("email", "password_env", "none", "environment variable holding the SMTP password"),
    k("email", "ca_file", "none", "extra PEM root certificate for a private relay"),
    k("email", "sendmail_command", "/usr/sbin/sendmail", "sendmail transport: the command"),
    k("email", "timeout", "30s", "timeout of one delivery attempt"),
    k("web", "listen", "off", "HOST:PORT of the read-only web view served by run; an address other than loopback needs password_file or token_file"),
    k("web", "public_url", "none", "address the web view is reached at; alert emails link to its story pages"),
    k("web", "username", "newshound", "HTTP basic auth user"),
    k("web", "password_file", "none", "file holding the HTTP basic auth password"),
    k("web", "token_file", "none", "file holding a bearer token (Authorization: Bearer TOKEN, or as the basic-auth password)"),
    k("feed", "url", "required", "http or https URL of the feed"),
    k("feed", "name", "the host", "name shown in alerts and reports"),
    k("feed", "interval", "poll_interval", "time between polls after a success"),
    k("feed", "expect_update", "none", "no new item for this long sends one operations email"),
    k("feed", "adaptive", "false", "poll by last week's item rate, within min_interval … max_interval"),
    k("feed", "min_interval", "5m", "adaptive polling: shortest interval"),
    k("feed", "max_interval", "24h", "adaptive polling: longest interval"),
    k("watchlist", "name", "required", "unique name, shown in subjects and JSON"),
    k("watchlist", "recipients", "[]", "alert addresses (none: developments are recorded, not mailed)"),
    k("watchlist", "keywords", "required", "at least one must be prominent (headline, lead, or repeated)"),
    k("watchlist", "context", "[]", "when set, one of these must be prominent too"),
    k("watchlist", "exclude", "[]", "none of these may occur"),
    k("watchlist", "developments", "every kind", "kinds that are detected and alerted"),
    k("watchlist", "actors", "{}", "table [watchlist.actors]: \"Canonical name\" = [\"alias\", …]; the name itself always counts"),
    k("watchlist", "mode", "immediate", "immediate (one email per development) or digest"),
    k("watchlist", "digest_at", "07:00", "digest mode: daily time, in [alerts] timezone"),
    k("watchlist", "digest_every", "none", "digest mode: an interval instead of digest_at"),
    k("watchlist", "max_per_hour", "no cap", "immediate mode: emails per recipient and hour; the excess is folded into a digest"),
    k("development", "name", "required", "custom kind name (lower_snake_case, not a built-in)"),
    k("development", "description", "\"\"", "words for the alert (\"imposes sanctions\")"),
    k("development", "triggers", "required", "verbs; the first word is the verb (all inflections, or prefix*), further words are required particles"),
    k("development", "objects", "[]", "object heads that must follow the verb (or precede a passive)"),
    k("development", "actors", "[]", "restrict to these canonical actors"),
];

/// How a section is written in TOML.
fn header(section: &str) -> String {
    match section {
        "" => "top level".into(),
        "feed" | "watchlist" | "development" => format!("[[{section}]]"),
        s => format!("[{s}]"),
    }
}

/// Every key the config parser accepts, as `section.key` (`feeds_opml` for the top
/// level), found by feeding it an unknown key in each table: its error lists the
/// accepted ones. A key that is itself a table of fields is descended into.
pub fn accepted_keys() -> Vec<String> {
    let mut out = Vec::new();
    descend(&[], &mut out);
    out.sort();
    out
}

/// The probe key: no table accepts it.
const PROBE: &str = "newshound_probe_key";

/// The fields listed by an "unknown field" error for `text`, if that is its error.
fn listed_fields(text: &str) -> Option<Vec<String>> {
    let Err(ConfigError::Syntax { message, .. }) = Config::parse(text, Path::new("probe.toml"))
    else {
        return None;
    };
    let rest = message.strip_prefix(&format!("unknown field `{PROBE}`, expected "))?;
    let rest = rest.strip_prefix("one of ").unwrap_or(rest);
    Some(
        rest.split(", ")
            .map(|f| f.trim().trim_matches('`').to_string())
            .filter(|f| !f.is_empty())
            .collect(),
    )
}

/// A document that opens the table at `path` (each segment with whether it is an array
/// of tables) and puts the probe key into it.
fn probe_text(path: &[(String, bool)]) -> String {
    let mut text = String::new();
    for i in 0..path.len() {
        let dotted: Vec<&str> = path[..=i].iter().map(|p| p.0.as_str()).collect();
        let dotted = dotted.join(".");
        text.push_str(&if path[i].1 {
            format!("[[{dotted}]]\n")
        } else {
            format!("[{dotted}]\n")
        });
    }
    text + PROBE + " = 0\n"
}

/// Collects the keys of the table at `path`, descending into keys that are tables.
fn descend(path: &[(String, bool)], out: &mut Vec<String>) {
    let Some(fields) = listed_fields(&probe_text(path)) else {
        return;
    };
    for f in fields {
        let table = [false, true].into_iter().find_map(|array| {
            let mut child = path.to_vec();
            child.push((f.clone(), array));
            (path.len() < 3 && listed_fields(&probe_text(&child)).is_some()).then_some(child)
        });
        match table {
            Some(child) => descend(&child, out),
            None => {
                let mut name: Vec<&str> = path.iter().map(|p| p.0.as_str()).collect();
                name.push(&f);
                out.push(name.join("."));
            }
        }
    }
}

/// Writes the requested files into `dir` (created if missing); returns the exit code.
pub fn generate(cmd: clap::Command, what: Artifact, dir: &Path) -> i32 {
    let result = std::fs::create_dir_all(dir).and_then(|()| match what {
        Artifact::Man => {
            let mut f = std::fs::File::create(dir.join("newshound.1"))?;
            render_man(cmd, &mut f)?;
            f.flush()
        }
        Artifact::Completions => {
            use clap_complete::{generate_to, Shell};
            let mut cmd = without_hidden(&cmd);
            for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
                generate_to(shell, &mut cmd, "newshound", dir)?;
            }
            Ok(())
        }
    });
    match result {
        Ok(()) => crate::exit::OK,
        Err(e) => {
            eprintln!("newshound: cannot write into {}: {e}", dir.display());
            crate::exit::RUNTIME
        }
    }
}

/// The command without its hidden subcommands (clap_complete would offer them).
fn without_hidden(cmd: &clap::Command) -> clap::Command {
    let mut root = clap::Command::new("newshound")
        .args(cmd.get_arguments().cloned())
        .subcommands(cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned());
    if let Some(about) = cmd.get_about() {
        root = root.about(about.clone());
    }
    if cmd.get_version().is_some() {
        root = root.version(env!("CARGO_PKG_VERSION"));
    }
    root
}

/// The man page: clap's name, synopsis, description and options, then commands,
/// configuration keys, files, environment, exit status and examples.
pub fn render_man(cmd: clap::Command, w: &mut dyn Write) -> std::io::Result<()> {
    let man = clap_mangen::Man::new(cmd.clone()).date(env!("CARGO_PKG_VERSION"));
    man.render_title(w)?;
    man.render_name_section(w)?;
    man.render_synopsis_section(w)?;
    man.render_description_section(w)?;
    man.render_options_section(w)?;
    let mut r = Roff::new();
    commands(&mut r, &cmd);
    configuration(&mut r);
    files(&mut r);
    exit_status(&mut r);
    examples(&mut r);
    r.control("SH", ["SEE ALSO"]).text([roman(
        "systemd.exec(5), systemd.service(5), journalctl(1); the README in /usr/share/doc/newshound/README.md",
    )]);
    r.to_writer(w)?;
    man.render_version_section(w)
}

fn commands(r: &mut Roff, cmd: &clap::Command) {
    r.control("SH", ["COMMANDS"]);
    for sc in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        command(r, sc, "newshound");
    }
}

fn command(r: &mut Roff, sc: &clap::Command, parent: &str) {
    let name = format!("{parent} {}", sc.get_name());
    let mut usage = vec![bold(name.clone())];
    for a in sc.get_arguments().filter(|a| !a.is_hide_set()) {
        usage.push(roman(" "));
        usage.push(roman(arg_usage(a)));
    }
    if sc.has_subcommands() {
        usage.push(roman(" [ACTION]"));
    }
    r.control("TP", []).text(usage);
    let about = sc
        .get_long_about()
        .or(sc.get_about())
        .map(|s| s.to_string())
        .unwrap_or_default();
    r.text([roman(about)]);
    for a in sc.get_arguments().filter(|a| !a.is_hide_set()) {
        let help = a.get_help().map(|s| s.to_string()).unwrap_or_default();
        r.control("br", [])
            .text([italic(arg_usage(a)), roman(format!(": {help}"))]);
    }
    for sub in sc.get_subcommands().filter(|s| !s.is_hide_set()) {
        command(r, sub, &name);
    }
}

fn arg_usage(a: &clap::Arg) -> String {
    let value = a
        .get_value_names()
        .and_then(|v| v.first())
        .map(|v| v.to_string())
        .unwrap_or_else(|| a.get_id().to_string().to_uppercase());
    if a.is_positional() {
        return value;
    }
    let flag = format!("--{}", a.get_long().unwrap_or(a.get_id().as_str()));
    if a.get_action().takes_values() {
        format!("[{flag} {value}]")
    } else {
        format!("[{flag}]")
    }
}

fn configuration(r: &mut Roff) {
    r.control("SH", ["CONFIGURATION"]).text([roman(
        "TOML, read from --config PATH, else $NEWSHOUND_CONFIG, else /etc/newshound/newshound.toml. \
         Durations use humantime syntax (90s, 10m, 2h, 30d). Unknown keys are errors. \
         Relative paths resolve against the working directory (under systemd that is /, so the \
         shipped file leaves state_dir and [email] dir out and the state goes to $STATE_DIRECTORY); \
         feeds_opml alone is relative to the config file. \
         Terms are case-insensitive words or phrases matched on word boundaries; a trailing * \
         matches any word ending.",
    )]);
    let mut section = None;
    for key in KEYS {
        if section != Some(key.section) {
            section = Some(key.section);
            r.control("SS", [header(key.section).as_str()]);
        }
        r.control("TP", [])
            .text([bold(key.key), roman(format!(" (default: {})", key.default))]);
        r.text([roman(key.meaning)]);
    }
}

fn files(r: &mut Roff) {
    r.control("SH", ["FILES"]);
    for (path, what) in [
        ("/etc/newshound/newshound.toml", "the configuration (a conffile: upgrades keep your edits)"),
        ("$STATE_DIRECTORY/newshound.sqlite", "the store; under the unit /var/lib/newshound/newshound.sqlite (StateDirectory=newshound); from a shell without $STATE_DIRECTORY ./state/newshound.sqlite. Opened by a newer newshound it is migrated in place; a newshound older than the store refuses it (exit 3)"),
        ("$STATE_DIRECTORY/mail/", "the file transport's .eml files, one per message, named by Message-ID"),
        ("/usr/lib/systemd/system/newshound.service", "the hardened systemd unit (Type=notify, DynamicUser=yes, ProtectSystem=strict)"),
        ("/usr/share/doc/newshound/README.md", "the full documentation"),
    ] {
        r.control("TP", []).text([bold(path)]).text([roman(what)]);
    }
    r.control("SH", ["ENVIRONMENT"]);
    for (var, what) in [
        ("NEWSHOUND_CONFIG", "config file when --config is not given"),
        ("STATE_DIRECTORY", "default state_dir (set by systemd's StateDirectory=; the first of several colon-separated directories)"),
        ("RUST_LOG", "log filter when --log-level is not given (default info)"),
        ("NO_COLOR", "when set and not empty, no colour in the logs (colour is used only when stderr is a terminal anyway)"),
        ("JOURNAL_STREAM", "set by systemd: logs without timestamps (journald adds them)"),
        ("INVOCATION_ID, NOTIFY_SOCKET", "set by systemd: check-config, run and once warn about relative paths that would resolve against /"),
    ] {
        r.control("TP", []).text([bold(var)]).text([roman(what)]);
    }
}

fn exit_status(r: &mut Roff) {
    r.control("SH", ["EXIT STATUS"]);
    for (code, what) in crate::exit::TABLE {
        r.control("TP", [])
            .text([bold(code.to_string())])
            .text([roman(what.replace('`', ""))]);
    }
}

fn examples(r: &mut Roff) {
    r.control("SH", ["EXAMPLES"]);
    for (cmd, what) in [
        ("newshound check-config", "validate /etc/newshound/newshound.toml and print a summary"),
        ("newshound --config ./newshound.toml once", "poll every feed now, analyse, send due alerts, exit"),
        ("systemctl enable --now newshound", "run the daemon as a service; journalctl -u newshound -f shows its log, systemctl reload newshound re-reads the config"),
        ("newshound developments --json --watchlist gaza-ceasefire", "the developments found, one JSON object a line"),
        ("newshound explain https://example.org/world/talks-collapse", "why an item was taken, its story, and each development found in it"),
        ("newshound alerts retry 42", "re-queue alert 42 after it failed for good"),
        ("newshound test-email --to you@example.org", "send a test message through the configured transport"),
    ] {
        r.control("TP", []).text([bold(cmd)]).text([roman(what)]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completions_offer_no_hidden_command() {
        let cmd = clap::Command::new("x")
            .subcommand(clap::Command::new("shown"))
            .subcommand(clap::Command::new("secret").hide(true));
        let mut out = Vec::new();
        clap_complete::generate(
            clap_complete::Shell::Bash,
            &mut without_hidden(&cmd),
            "x",
            &mut out,
        );
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("shown") && !text.contains("secret"), "{text}");
    }

    #[test]
    fn probe_finds_the_keys_of_every_table() {
        let keys = accepted_keys();
        for k in [
            "feeds_opml",
            "daemon.state_dir",
            "daemon.keep_items",
            "alerts.timezone",
            "email.dir",
            "feed.url",
            "watchlist.actors",
            "development.triggers",
        ] {
            assert!(keys.iter().any(|x| x == k), "{k} not in {keys:?}");
        }
        assert!(!keys.iter().any(|x| x == "daemon" || x.contains(PROBE)));
    }

    #[test]
    fn every_accepted_key_is_documented_and_no_other() {
        let documented: std::collections::BTreeSet<String> = KEYS
            .iter()
            .map(|k| {
                if k.section.is_empty() {
                    k.key.to_string()
                } else {
                    format!("{}.{}", k.section, k.key)
                }
            })
            .collect();
        let accepted: std::collections::BTreeSet<String> = accepted_keys().into_iter().collect();
        let missing: Vec<_> = accepted.difference(&documented).collect();
        let extra: Vec<_> = documented.difference(&accepted).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "undocumented keys {missing:?} (add them to manual::KEYS, the README and config/newshound.toml); documented but not accepted {extra:?}"
        );
    }
}
