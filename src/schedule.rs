//! When to poll a feed next: its interval with ±10 % jitter after success, exponential
//! backoff after failures (capped), and never sooner than a server's Retry-After.

use std::time::Duration;

/// Delay until the next poll.
pub fn next_delay(
    interval: Duration,
    consecutive_errors: u32,
    max_backoff: Duration,
    retry_after: Option<Duration>,
) -> Duration {
    let base = if consecutive_errors == 0 {
        interval
    } else {
        let factor = 2u64.saturating_pow(consecutive_errors.min(20) - 1);
        let secs = interval.as_secs_f64().max(30.0) * factor as f64;
        Duration::from_secs_f64(secs.min(max_backoff.as_secs_f64()))
    };
    let jittered = jitter(base);
    match retry_after {
        Some(r) if r > jittered => {
            r.min(max_backoff.max(r).min(Duration::from_secs(7 * 24 * 3600)))
        }
        _ => jittered,
    }
}

/// ±10 % so that many feeds on one interval do not all fire in the same second.
pub fn jitter(d: Duration) -> Duration {
    let f = 0.9 + fastrand::f64() * 0.2;
    Duration::from_secs_f64(d.as_secs_f64() * f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        let i = Duration::from_secs(600);
        let cap = Duration::from_secs(3600);
        let d0 = next_delay(i, 0, cap, None);
        assert!(d0 >= Duration::from_secs(540) && d0 <= Duration::from_secs(660));
        let d2 = next_delay(i, 2, cap, None);
        assert!(d2 >= Duration::from_secs(1080), "{d2:?}");
        let d9 = next_delay(i, 9, cap, None);
        assert!(d9 <= Duration::from_secs(3960), "{d9:?}");
    }

    #[test]
    fn retry_after_is_a_lower_bound() {
        let d = next_delay(
            Duration::from_secs(60),
            1,
            Duration::from_secs(86400),
            Some(Duration::from_secs(7200)),
        );
        assert_eq!(d, Duration::from_secs(7200));
    }
}
