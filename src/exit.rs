//! Exit codes, one per cause, so that scripts and systemd (`RestartPreventExitStatus=`)
//! can tell "fix the config" from "the database is unusable" from "the mail did not go
//! out". CONTRACT.md fixes three of them: `check-config` 2 = invalid config, `explain` 1 =
//! unknown item, `replay` 2 = unreadable archive.

use crate::config::ConfigError;
use crate::email::EmailError;
use crate::store::StoreError;

/// Success.
pub const OK: i32 = 0;
/// The thing asked about does not exist (`explain URL`, `alerts retry ID`).
pub const NOT_FOUND: i32 = 1;
/// Invalid configuration or input: the config file, the command line (clap uses 2 for
/// usage errors too), a `replay` archive that cannot be read, a missing recipient.
pub const INVALID: i32 = 2;
/// The store is unusable: the state directory cannot be created or written, the
/// database is locked by a second instance, damaged, on a full disk, or was written by
/// a newer newshound.
pub const STORE: i32 = 3;
/// Mail could not be sent or the transport cannot be set up (`test-email`, a password
/// or CA file that cannot be read).
pub const MAIL: i32 = 4;
/// Any other runtime failure: the async runtime, signals, an output file, the network.
pub const RUNTIME: i32 = 5;

/// Every code with its meaning, for `--help`, the man page and the README.
pub const TABLE: &[(i32, &str)] = &[
    (OK, "success (for `once`: the cycle ran, even if some feeds failed; each failure is reported on stderr)"),
    (NOT_FOUND, "not found: `explain` knows no such item, `alerts retry` no such unsent alert"),
    (INVALID, "invalid configuration (the message names file, key, line and column), invalid command line, unreadable `replay` archive"),
    (STORE, "the state directory or database is unusable: not writable, locked by a second newshound, damaged, disk full, or written by a newer newshound"),
    (MAIL, "mail: `test-email` could not send, or the transport cannot be set up (password or CA file unreadable)"),
    (RUNTIME, "any other runtime failure (output file not writable, cannot start the runtime, …)"),
];

/// The exit code for an error that ended a command, by the first typed cause found in
/// its chain.
pub fn for_error(e: &anyhow::Error) -> i32 {
    for cause in e.chain() {
        if cause.downcast_ref::<StoreError>().is_some() {
            return STORE;
        }
        if cause.downcast_ref::<EmailError>().is_some() {
            return MAIL;
        }
        if cause.downcast_ref::<ConfigError>().is_some() {
            return INVALID;
        }
    }
    RUNTIME
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn causes_map_to_distinct_codes() {
        let store = anyhow::Error::from(StoreError::Closed).context("opening the store");
        assert_eq!(for_error(&store), STORE);
        let mail = anyhow::Error::from(EmailError::Transport("refused".into()));
        assert_eq!(for_error(&mail), MAIL);
        assert_eq!(for_error(&anyhow::anyhow!("cannot write x")), RUNTIME);
        let codes: std::collections::HashSet<i32> = TABLE.iter().map(|t| t.0).collect();
        assert_eq!(codes.len(), TABLE.len());
    }
}
