//! Where files go. Relative paths in the config (`state_dir`, `[email] dir`,
//! `password_file`, `ca_file`, `sendmail_command`) resolve against the working directory,
//! as every command-line path does, so `./state` means the same from a shell as in the
//! README; `feeds_opml` alone is relative to the config file, being its companion.
//! Under systemd the working directory is `/` (unless the unit sets
//! `WorkingDirectory=`) and `ProtectSystem=strict` makes it read-only, so a relative path
//! there is almost certainly a mistake: these are the warnings for it.

use std::path::{Path, PathBuf};

use crate::config::{Config, Transport};

/// Whether this process was started by systemd (a service sets `INVOCATION_ID`, a
/// `Type=notify` service `NOTIFY_SOCKET`).
pub fn under_systemd() -> bool {
    std::env::var_os("INVOCATION_ID").is_some() || std::env::var_os("NOTIFY_SOCKET").is_some()
}

/// The configured paths that are relative, each with its key.
pub fn relative_paths(cfg: &Config) -> Vec<(&'static str, PathBuf)> {
    let mut out = vec![("[daemon] state_dir", cfg.daemon.state_dir.clone())];
    match &cfg.email.transport {
        Transport::File(dir) => out.push(("[email] dir", dir.clone())),
        Transport::Smtp(s) => {
            if let Some(p) = &s.password_file {
                out.push(("[email] password_file", p.clone()));
            }
            if let Some(p) = &s.ca_file {
                out.push(("[email] ca_file", p.clone()));
            }
        }
        // a bare command name is looked up in PATH, not resolved against a directory
        Transport::Sendmail(p) if p.components().count() > 1 => {
            out.push(("[email] sendmail_command", p.clone()))
        }
        Transport::Sendmail(_) => {}
    }
    out.retain(|(_, p)| p.is_relative());
    out
}

/// One warning per relative path when running under systemd with `/` as the working
/// directory: it resolves into the root directory, which the unit keeps read-only.
pub fn systemd_warnings(cfg: &Config, under_systemd: bool, cwd: &Path) -> Vec<String> {
    if !under_systemd || cwd != Path::new("/") {
        return Vec::new();
    }
    relative_paths(cfg)
        .into_iter()
        .map(|(key, p)| {
            format!(
                "{key} {:?} is relative and resolves against the working directory / (to {}) under systemd, where ProtectSystem=strict keeps it read-only: {}",
                p.display(),
                cwd.join(&p).display(),
                if key == "[daemon] state_dir" {
                    "leave state_dir out to use $STATE_DIRECTORY (StateDirectory= in the unit), or give an absolute path"
                } else {
                    "give an absolute path (or leave [email] dir out to use STATE_DIR/mail)"
                }
            )
        })
        .collect()
}

/// The warnings for this process (its environment and working directory).
pub fn warnings(cfg: &Config) -> Vec<String> {
    let cwd = std::env::current_dir().unwrap_or_default();
    systemd_warnings(cfg, under_systemd(), &cwd)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(text: &str) -> Config {
        Config::parse(text, Path::new("t.toml")).unwrap()
    }

    #[test]
    fn relative_paths_warn_only_under_systemd_at_root() {
        let c = cfg("[daemon]\nstate_dir = \"./state\"\n");
        let w = systemd_warnings(&c, true, Path::new("/"));
        // state_dir, and the mail dir that defaults to ./state/mail
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(
            w[0].contains("state_dir") && w[0].contains("/state"),
            "{w:?}"
        );
        assert!(systemd_warnings(&c, false, Path::new("/")).is_empty());
        assert!(systemd_warnings(&c, true, Path::new("/var/lib/x")).is_empty());
        let c = cfg("[daemon]\nstate_dir = \"/var/lib/newshound\"\n");
        assert!(systemd_warnings(&c, true, Path::new("/")).is_empty());
        let c = cfg("[daemon]\nstate_dir = \"/var/lib/newshound\"\n[email]\ntransport = \"sendmail\"\nsendmail_command = \"sendmail\"\n");
        assert!(systemd_warnings(&c, true, Path::new("/")).is_empty());
    }
}
