//! systemd service notifications (sd_notify protocol): READY=1, STATUS=, WATCHDOG=1,
//! RELOADING=1, STOPPING=1 as datagrams to `$NOTIFY_SOCKET`. A no-op outside systemd.

use std::os::unix::net::UnixDatagram;
use std::time::Duration;

/// A notifier bound to `$NOTIFY_SOCKET` (if set).
pub struct Notifier {
    socket: Option<(UnixDatagram, std::path::PathBuf, bool)>,
    /// Half of `WATCHDOG_USEC`, when systemd asked for keep-alives.
    pub watchdog_interval: Option<Duration>,
}

impl Notifier {
    /// Reads `NOTIFY_SOCKET` and `WATCHDOG_USEC` from the environment.
    pub fn from_env() -> Notifier {
        let socket = std::env::var_os("NOTIFY_SOCKET").and_then(|p| {
            let p = p.to_string_lossy().to_string();
            let sock = UnixDatagram::unbound().ok()?;
            match p.strip_prefix('@') {
                Some(abs) => Some((sock, std::path::PathBuf::from(abs), true)),
                None => Some((sock, std::path::PathBuf::from(p), false)),
            }
        });
        let pid_ok = std::env::var("WATCHDOG_PID")
            .ok()
            .and_then(|p| p.parse::<u32>().ok())
            .map(|p| p == std::process::id())
            .unwrap_or(true);
        let watchdog_interval = std::env::var("WATCHDOG_USEC")
            .ok()
            .and_then(|u| u.parse::<u64>().ok())
            .filter(|u| *u > 0 && pid_ok)
            .map(|u| Duration::from_micros(u / 2));
        Notifier {
            socket,
            watchdog_interval,
        }
    }

    /// Sends one notification; errors are ignored (systemd may be gone at shutdown).
    pub fn send(&self, msg: &str) {
        let Some((sock, path, abstract_ns)) = &self.socket else {
            return;
        };
        if *abstract_ns {
            #[cfg(target_os = "linux")]
            {
                use std::os::linux::net::SocketAddrExt;
                if let Ok(addr) = std::os::unix::net::SocketAddr::from_abstract_name(
                    path.as_os_str().as_encoded_bytes(),
                ) {
                    let _ = sock.send_to_addr(msg.as_bytes(), &addr);
                }
            }
        } else {
            let _ = sock.send_to(msg.as_bytes(), path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sends_datagrams_to_the_socket() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notify.sock");
        let rx = UnixDatagram::bind(&path).unwrap();
        let n = Notifier {
            socket: Some((UnixDatagram::unbound().unwrap(), path, false)),
            watchdog_interval: None,
        };
        n.send("READY=1\nSTATUS=ok");
        let mut buf = [0u8; 64];
        let len = rx.recv(&mut buf).unwrap();
        assert_eq!(&buf[..len], b"READY=1\nSTATUS=ok");
    }
}
