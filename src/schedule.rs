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

/// The interval until the next successful poll: the feed's interval (or, when
/// adaptive, 7 days divided by last week's item count, within [min, max], as Miniflux
/// does), raised to the server's freshness hint (`<ttl>`, `Cache-Control: max-age`,
/// `Expires`, clamped to 1 minute … 24 hours as FreshRSS does).
pub fn success_interval(
    base: Duration,
    adaptive: Option<(Duration, Duration)>,
    items_last_week: u64,
    hint: Option<Duration>,
) -> Duration {
    let mut iv = match adaptive {
        Some((min, max)) => match (7 * 24 * 3600u64).checked_div(items_last_week) {
            None => max,
            Some(secs) => Duration::from_secs(secs).clamp(min, max),
        },
        None => base,
    };
    if let Some(h) = hint {
        iv = iv.max(h.clamp(Duration::from_secs(60), Duration::from_secs(24 * 3600)));
    }
    iv
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
    fn adaptive_and_hints() {
        let m = |s| Duration::from_secs(s);
        assert_eq!(success_interval(m(600), None, 0, None), m(600));
        assert_eq!(success_interval(m(600), None, 0, Some(m(3600))), m(3600));
        assert_eq!(
            success_interval(m(600), None, 0, Some(m(5))),
            m(600),
            "hints are lower bounds only"
        );
        assert_eq!(
            success_interval(m(600), None, 0, Some(m(7 * 86400))),
            m(86400),
            "clamped to a day"
        );
        let range = Some((m(300), m(86400)));
        assert_eq!(
            success_interval(m(600), range, 0, None),
            m(86400),
            "a silent feed: max"
        );
        assert_eq!(
            success_interval(m(600), range, 7 * 24, None),
            m(3600),
            "one item an hour: hourly"
        );
        assert_eq!(
            success_interval(m(600), range, 100_000, None),
            m(300),
            "busy: min"
        );
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
