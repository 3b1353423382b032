//! What real feeds wrap around the news: wire prefixes ("UPDATE 2-", "EXCLUSIVE-",
//! "BREAKING:", "LIVE:"), trailing attributions ("- Reuters", "– sources", ", WSJ
//! reports", ": Al Jazeera", "| Outlet") and datelines ("CAIRO (AP) —", "JEDDAH, May 6
//! (Reuters) -"). They are stripped before a sentence is read, so "UPDATE 2-Hamas
//! accepts …" is read as "Hamas accepts …" and the outlet is never taken for an actor.

use regex::Regex;
use std::sync::LazyLock;

/// Wire-service status prefixes (not section labels such as "Analysis:", which say
/// what kind of piece it is and are kept).
static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:update(?:d)?|corrected|refile|exclusive|breaking(?: news)?|live|wrapup|urgent|flash)(?:\s*\d+)?\s*[-:|–—]\s*")
        .expect("static regex")
});

/// A live blog's time stamp before its entry ("23:20 - Moscow says yes", "16:10 — …",
/// "9.45am: …", "14h30 | …"): when the entry was posted, not a word of the news.
static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|est|edt|et|local(?: time)?))?\s*[-:|–—]\s*")
        .expect("static regex")
});

/// A short trailing attribution after a dash or bar: "- Reuters", "– sources say".
static DASH_TAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+[-–—|]\s+([^-–—|]{1,40})$").expect("static regex"));

/// ", WSJ reports" / ", Bloomberg reported" / ": Al Jazeera" at the end of a headline.
static REPORTS_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:,\s*(?:[A-Z][\w.&'-]*\s*){1,3}(?:reports|reported|says report)|:\s*(?:[A-Z][\w.&'-]*\s*){1,3})\s*$")
        .expect("static regex")
});

/// "CAIRO (AP) —", "YEREVAN, Armenia (AP) —", "JEDDAH, May 6 (Meridian Wire) -".
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[A-Z]{3}[A-Z.'\- ]{0,28}(?:,\s*[A-Z][\w.]*(?:\s+[\w.]+){0,2})?\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s+")
        .expect("static regex")
});

/// The headline without wire prefixes and trailing attributions.
pub fn clean_headline(title: &str) -> String {
    let mut t = title.trim().to_string();
    while let Some(m) = PREFIX.find(&t).or_else(|| CLOCK.find(&t)) {
        if m.end() >= t.len() {
            break;
        }
        t = t[m.end()..].to_string();
    }
    // a tail of at most four words after a dash is an attribution, not news
    if let Some(c) = DASH_TAIL.captures(&t) {
        let tail = c.get(1).map(|m| m.as_str()).unwrap_or("");
        if tail.split_whitespace().count() <= 4 {
            if let Some(m) = c.get(0) {
                t.truncate(m.start());
            }
        }
    }
    if let Some(m) = REPORTS_TAIL.find(&t) {
        // keep "Qatar: …" style speakers at the start; only a short tail goes
        if m.start() > 0 && t[..m.start()].split_whitespace().count() >= 3 {
            t.truncate(m.start());
        }
    }
    drop_cut_word(t.trim())
}

/// Pattern: a headline the feed cut mid-word ("union agrees to resu…", "demands fres…"):
/// the cut word is unknown, so it goes with its ellipsis; nothing is read into its first
/// letters. A whole word before the ellipsis ("Macron's envoy …") stays.
fn drop_cut_word(t: &str) -> String {
    let Some(body) = t.strip_suffix('…').or_else(|| t.strip_suffix("...")) else {
        return t.to_string();
    };
    if !body.ends_with(char::is_alphanumeric) {
        return t.to_string();
    }
    let cut = body
        .rfind(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .map_or(0, |i| {
            i + body[i..].chars().next().map_or(1, char::len_utf8)
        });
    body[..cut].trim_end().to_string()
}

/// The first sentence of a summary without its dateline.
pub fn strip_dateline(text: &str) -> String {
    match DATELINE.find(text) {
        Some(m) if m.end() < text.len() => text[m.end()..].to_string(),
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_noise_is_stripped() {
        for (raw, clean) in [
            (
                "UPDATE 2-Hamas accepts Gaza cease-fire proposal, official says",
                "Hamas accepts Gaza cease-fire proposal, official says",
            ),
            (
                "EXCLUSIVE-Israel recalls Doha negotiators, sources say",
                "Israel recalls Doha negotiators, sources say",
            ),
            (
                "BREAKING-Hamas adds new conditions to hostage deal: Al Jazeera",
                "Hamas adds new conditions to hostage deal",
            ),
            (
                "LIVE: Jeddah talks suspended as fighting rages",
                "Jeddah talks suspended as fighting rages",
            ),
            (
                "Sudan army suspends participation in Jeddah talks - sources",
                "Sudan army suspends participation in Jeddah talks",
            ),
            (
                "Sudan rivals sign 7-day truce, WSJ reports",
                "Sudan rivals sign 7-day truce",
            ),
            (
                "Iran, US hold fourth round of nuclear talks in Oman - state media",
                "Iran, US hold fourth round of nuclear talks in Oman",
            ),
            (
                "Qatar: Israel and Hamas agree truce",
                "Qatar: Israel and Hamas agree truce",
            ),
            (
                "Analysis: why the round broke down",
                "Analysis: why the round broke down",
            ),
            (
                "Israel-Hamas talks in Cairo - what we know so far about the new plan",
                "Israel-Hamas talks in Cairo - what we know so far about the new plan",
            ),
        ] {
            assert_eq!(clean_headline(raw), clean, "{raw}");
        }
    }

    #[test]
    fn a_word_cut_by_the_feed_goes_with_its_ellipsis() {
        assert_eq!(
            clean_headline("Workers back strike, but union agrees to resu…"),
            "Workers back strike, but union agrees to"
        );
        assert_eq!(
            clean_headline("Jammeh rejects results, demands fres..."),
            "Jammeh rejects results, demands"
        );
        assert_eq!(
            clean_headline("Hamas team heads to Cairo with new envoy …"),
            "Hamas team heads to Cairo with new envoy …"
        );
    }

    #[test]
    fn datelines_are_stripped() {
        assert_eq!(
            strip_dateline(
                "YEREVAN, Armenia (AP) — Armenian and Azerbaijani officials met on Tuesday."
            ),
            "Armenian and Azerbaijani officials met on Tuesday."
        );
        assert_eq!(strip_dateline("CAIRO (AP) — Hamas said."), "Hamas said.");
        assert_eq!(
            strip_dateline("JEDDAH, May 6 (Meridian Wire) - Envoys met."),
            "Envoys met."
        );
        assert_eq!(
            strip_dateline("Hamas said on Monday."),
            "Hamas said on Monday."
        );
        assert_eq!(strip_dateline("US - Israel talks"), "US - Israel talks");
    }
}
