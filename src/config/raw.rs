//! The file as serde reads it: every table `deny_unknown_fields`, so a misspelt key is an
//! error naming the keys the table takes. Values a validator may reject are
//! `toml::Spanned`, so its error can name the line they are on.

use serde::Deserialize;
use std::path::PathBuf;
use std::time::Duration;
use toml::Spanned;

/// A humantime duration (`"90s"`, `"10m"`, `"2h"`, `"30d"`).
#[derive(Debug, Clone, Copy)]
pub(super) struct Dur(pub Duration);

impl<'de> Deserialize<'de> for Dur {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Dur, D::Error> {
        let s = String::deserialize(d)?;
        humantime::parse_duration(s.trim()).map(Dur).map_err(|e| {
            serde::de::Error::custom(format!(
                "invalid duration {s:?}: {e} (use e.g. \"90s\", \"10m\", \"2h\", \"30d\")"
            ))
        })
    }
}

/// An optional duration without its position (no validator rejects it).
pub(super) fn dur(d: Option<Dur>) -> Option<Duration> {
    d.map(|d| d.0)
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDaemon {
    pub state_dir: Option<PathBuf>,
    pub poll_interval: Option<Spanned<Dur>>,
    pub max_concurrency: Option<Spanned<usize>>,
    pub per_host_concurrency: Option<Spanned<usize>>,
    pub connect_timeout: Option<Dur>,
    pub timeout: Option<Dur>,
    pub max_body_bytes: Option<Spanned<u64>>,
    pub max_backoff: Option<Dur>,
    pub user_agent: Option<String>,
    pub metrics_listen: Option<Spanned<String>>,
    pub keep_items: Option<Dur>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAlerts {
    pub max_age: Option<Dur>,
    pub dedupe_window: Option<Dur>,
    pub max_attempts: Option<Spanned<u32>>,
    pub retry_base: Option<Dur>,
    pub story_window: Option<Dur>,
    pub timezone: Option<Spanned<String>>,
    pub admin: Option<Spanned<String>>,
    pub feed_failure_after: Option<Dur>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEmail {
    pub from: Option<Spanned<String>>,
    pub transport: Option<Spanned<String>>,
    pub dir: Option<PathBuf>,
    pub host: Option<String>,
    pub port: Option<u16>,
    pub tls: Option<Spanned<String>>,
    pub username: Option<String>,
    pub password_file: Option<PathBuf>,
    pub password_env: Option<Spanned<String>>,
    pub ca_file: Option<PathBuf>,
    pub sendmail_command: Option<PathBuf>,
    pub timeout: Option<Dur>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFeed {
    pub url: Spanned<String>,
    pub name: Option<String>,
    pub interval: Option<Spanned<Dur>>,
    pub expect_update: Option<Dur>,
    pub adaptive: Option<Spanned<bool>>,
    pub min_interval: Option<Spanned<Dur>>,
    pub max_interval: Option<Spanned<Dur>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawWatchlist {
    pub name: Spanned<String>,
    pub recipients: Option<Spanned<Vec<String>>>,
    pub keywords: Spanned<Vec<String>>,
    #[serde(default)]
    pub context: Vec<String>,
    #[serde(default)]
    pub exclude: Vec<String>,
    pub developments: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    pub actors: OrderedActors,
    pub mode: Option<Spanned<String>>,
    pub digest_at: Option<Spanned<String>>,
    pub digest_every: Option<Spanned<Dur>>,
    pub max_per_hour: Option<Spanned<u32>>,
}

/// `[watchlist.actors]` in the order the file lists them: analysts list the parties
/// before the go-betweens, and the first party with a government alias is the one a bare
/// "the government" names (a map sorted by name would make that the alphabetically first).
#[derive(Debug, Default)]
pub(super) struct OrderedActors(pub Vec<(String, Vec<String>)>);

impl<'de> Deserialize<'de> for OrderedActors {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Entries;
        impl<'de> serde::de::Visitor<'de> for Entries {
            type Value = OrderedActors;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a table of actor names, each with a list of aliases")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<OrderedActors, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry::<String, Vec<String>>()? {
                    out.push(entry);
                }
                Ok(OrderedActors(out))
            }
        }
        d.deserialize_map(Entries)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDevelopment {
    pub name: Spanned<String>,
    #[serde(default)]
    pub description: String,
    pub triggers: Spanned<Vec<String>>,
    #[serde(default)]
    pub objects: Vec<String>,
    pub actors: Option<Spanned<Vec<String>>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawWeb {
    pub listen: Option<Spanned<String>>,
    pub public_url: Option<Spanned<String>>,
    pub username: Option<Spanned<String>>,
    pub password_file: Option<PathBuf>,
    pub token_file: Option<PathBuf>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawConfig {
    #[serde(default)]
    pub daemon: RawDaemon,
    #[serde(default)]
    pub alerts: RawAlerts,
    #[serde(default)]
    pub email: RawEmail,
    #[serde(default)]
    pub feed: Vec<RawFeed>,
    #[serde(default)]
    pub watchlist: Vec<RawWatchlist>,
    #[serde(default)]
    pub development: Vec<RawDevelopment>,
    #[serde(default)]
    pub web: RawWeb,
    pub feeds_opml: Option<Spanned<PathBuf>>,
}
