//! Logging through tracing: `RUST_LOG` or `--log-level`, no timestamps under journald
//! (it adds its own), JSON lines with `--log-format json`. Colour only on a terminal
//! (a log file or a pipe gets plain text) and never when `NO_COLOR` is set.

use std::io::IsTerminal;
use tracing_subscriber::EnvFilter;

/// Log output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line.
    Json,
}

/// Whether stderr gets ANSI colours: only when it is a terminal, and not when
/// `NO_COLOR` is set to anything non-empty (<https://no-color.org>).
pub fn colour(stderr_is_terminal: bool, no_color: Option<&std::ffi::OsStr>) -> bool {
    stderr_is_terminal && no_color.map(|v| v.is_empty()).unwrap_or(true)
}

/// Installs the global subscriber (stderr). Safe to call once per process.
pub fn init(level: Option<&str>, format: LogFormat) {
    let filter = match level {
        Some(l) => EnvFilter::new(l),
        None => EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
    };
    let journald = std::env::var_os("JOURNAL_STREAM").is_some();
    let ansi = colour(
        std::io::stderr().is_terminal(),
        std::env::var_os("NO_COLOR").as_deref(),
    );
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false);
    let _ = match (format, journald) {
        (LogFormat::Json, _) => builder.json().with_ansi(false).try_init(),
        (LogFormat::Text, true) => builder.without_time().with_ansi(false).try_init(),
        (LogFormat::Text, false) => builder.with_ansi(ansi).try_init(),
    };
}

#[cfg(test)]
mod tests {
    use super::colour;
    use std::ffi::OsStr;

    #[test]
    fn colour_only_on_a_terminal_without_no_color() {
        assert!(colour(true, None));
        assert!(!colour(false, None));
        assert!(!colour(true, Some(OsStr::new("1"))));
        // an empty NO_COLOR does not count (no-color.org)
        assert!(colour(true, Some(OsStr::new(""))));
    }
}
