//! Watchlists: does an item belong to what the analyst follows, and which configured
//! actors does a stretch of text name?
//!
//! Topic rule: a keyword and (when configured) a context term must both be *prominent*:
//! in the headline or lead sentence, or repeated in the body. A passing mention in the
//! last sentence of a business story ("Qatar, which mediates between Israel and
//! Hamas, …") does not make it a negotiation story.

use crate::config::WatchlistConfig;
use crate::text::{match_words, sentences, Term, Token};

/// A compiled watchlist.
#[derive(Debug, Clone)]
pub struct Watchlist {
    /// Name from the config.
    pub name: String,
    /// Config it was compiled from.
    pub config: WatchlistConfig,
    keywords: Vec<Term>,
    context: Vec<Term>,
    exclude: Vec<Term>,
    /// Actor matcher, aliases and built-in knowledge.
    pub actors: ActorMatcher,
}

/// Why an item was taken or not.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TopicDecision {
    /// Taken into the watchlist?
    pub taken: bool,
    /// Only half the evidence is prominent: taken only if the item continues a story
    /// the watchlist already follows.
    #[serde(default)]
    pub borderline: bool,
    /// Human-readable reason.
    pub reason: String,
}

impl Watchlist {
    /// Compiles the terms and actor aliases.
    pub fn new(cfg: &WatchlistConfig) -> Watchlist {
        let terms = |v: &[String]| {
            v.iter()
                .filter(|t| !t.trim().is_empty())
                .map(|t| Term::new(t))
                .collect()
        };
        Watchlist {
            name: cfg.name.clone(),
            keywords: terms(&cfg.keywords),
            context: terms(&cfg.context),
            exclude: terms(&cfg.exclude),
            actors: ActorMatcher::new(cfg),
            config: cfg.clone(),
        }
    }

    /// Decides whether an item (title + plain text) belongs to this watchlist.
    pub fn decide(&self, title: &str, text: &str) -> TopicDecision {
        let all = match_words(&format!("{title}\n{text}"));
        if let Some(t) = self.exclude.iter().find(|t| !t.find(&all).is_empty()) {
            return TopicDecision {
                taken: false,
                borderline: false,
                reason: format!("excluded by {:?}", t.source),
            };
        }
        let lead_sentence = sentences(text).into_iter().next().unwrap_or_default();
        let lead = match_words(&format!("{title}\n{lead_sentence}"));
        let prominent = |terms: &[Term]| -> Option<String> {
            for t in terms {
                if !t.find(&lead).is_empty() {
                    return Some(format!("{:?} in the headline or lead", t.source));
                }
            }
            let total: usize = terms.iter().map(|t| t.find(&all).len()).sum();
            if total >= 2 {
                let names: Vec<&str> = terms
                    .iter()
                    .filter(|t| !t.find(&all).is_empty())
                    .map(|t| t.source.as_str())
                    .collect();
                return Some(format!("{} in the body {total} times", names.join("/")));
            }
            None
        };
        let passing = |terms: &[Term]| terms.iter().any(|t| !t.find(&all).is_empty());
        let kw = prominent(&self.keywords);
        let ctx = if self.context.is_empty() {
            Some("not required".to_string())
        } else {
            prominent(&self.context)
        };
        let kw_any = passing(&self.keywords);
        let ctx_any = self.context.is_empty() || passing(&self.context);
        match (kw, ctx) {
            (Some(k), Some(c)) => TopicDecision {
                taken: true,
                borderline: false,
                reason: format!("keyword {k}; context {c}"),
            },
            (Some(k), None) if ctx_any => TopicDecision {
                taken: true,
                borderline: true,
                reason: format!("keyword {k}; context only in passing"),
            },
            (None, Some(c)) if kw_any => TopicDecision {
                taken: true,
                borderline: true,
                reason: format!("context {c}; keyword only in passing"),
            },
            (Some(k), None) => TopicDecision {
                taken: false,
                borderline: false,
                reason: format!("keyword {k}, but no context term"),
            },
            (None, _) if kw_any => TopicDecision {
                taken: false,
                borderline: false,
                reason: "keyword and context only in passing".into(),
            },
            (None, _) => TopicDecision {
                taken: false,
                borderline: false,
                reason: "no keyword".into(),
            },
        }
    }
}

/// One actor mention found in a token sequence.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Index of the actor in the watchlist.
    pub actor: usize,
    /// First token index.
    pub start: usize,
    /// One past the last token index.
    pub end: usize,
    /// Found through a place name (capital/city): as a destination it is no actor.
    pub place: bool,
    /// Part of a hyphenated word ("Hamas-backed"): a modifier, not a subject.
    pub in_compound: bool,
    /// The hyphenated word consists only of actors ("Israel-Hamas").
    pub compound_of_actors: bool,
}

#[derive(Debug, Clone)]
struct Alias {
    words: Vec<String>,
    actor: usize,
    place: bool,
}

/// Finds configured actors (name, aliases, and built-in knowledge for countries).
#[derive(Debug, Clone)]
pub struct ActorMatcher {
    /// Canonical names, indexed by actor id.
    pub names: Vec<String>,
    aliases: Vec<Alias>,
}

/// Built-in world knowledge: for a country or movement, its demonyms and institutions
/// (act as the country) and its places (capitals: act only as subjects). Used only for
/// actors the watchlist names, so it never invents parties.
const KNOWLEDGE: &[(&str, &[&str], &[&str])] = &[
    (
        "United States",
        &[
            "US",
            "U.S.",
            "USA",
            "American",
            "Americans",
            "Washington",
            "White House",
            "State Department",
            "CIA",
            "Pentagon",
            "Biden",
            "Trump",
            "Blinken",
            "Rubio",
            "Witkoff",
            "Burns",
            "Vance",
            "Sullivan",
            "Trump administration",
            "Biden administration",
            "US president",
        ],
        &[],
    ),
    (
        "Israel",
        &[
            "Israeli",
            "Israelis",
            "Netanyahu",
            "Mossad",
            "Shin Bet",
            "IDF",
            "Barnea",
            "Dermer",
            "Gallant",
            "Katz",
            "Knesset",
            "war cabinet",
            "Israel Defense Forces",
            "Israeli prime minister",
        ],
        &["Jerusalem", "Tel Aviv"],
    ),
    (
        "Hamas",
        &[
            "Haniyeh",
            "Sinwar",
            "Hayya",
            "al-Hayya",
            "Meshaal",
            "Mashal",
            "Abu Marzouk",
            "Qassam",
            "Hamas-led",
        ],
        &[],
    ),
    (
        "Qatar",
        &[
            "Qatari",
            "Qataris",
            "Al Thani",
            "Al-Thani",
            "Sheikh Mohammed",
            "Majed al-Ansari",
            "Ansari",
        ],
        &["Doha"],
    ),
    (
        "Egypt",
        &[
            "Egyptian",
            "Egyptians",
            "Sisi",
            "el-Sisi",
            "Abdelatty",
            "Shoukry",
            "Rashad",
        ],
        &["Cairo"],
    ),
    (
        "Iran",
        &[
            "Iranian",
            "Iranians",
            "Araghchi",
            "Pezeshkian",
            "Khamenei",
            "Raisi",
            "Tehran's",
        ],
        &["Tehran"],
    ),
    (
        "Russia",
        &[
            "Russian", "Russians", "Kremlin", "Putin", "Lavrov", "Peskov", "Medinsky", "Dmitriev",
        ],
        &["Moscow"],
    ),
    (
        "Ukraine",
        &[
            "Ukrainian",
            "Ukrainians",
            "Zelensky",
            "Zelenskiy",
            "Zelenskyy",
            "Yermak",
            "Umerov",
            "Sybiha",
        ],
        &["Kyiv", "Kiev"],
    ),
    (
        "China",
        &["Chinese", "Beijing's", "Xi Jinping", "Xi", "Wang Yi"],
        &["Beijing"],
    ),
    (
        "Turkey",
        &["Turkish", "Turkiye", "Türkiye", "Erdogan", "Fidan"],
        &["Ankara", "Istanbul"],
    ),
    (
        "Saudi Arabia",
        &["Saudi", "Saudis", "Riyadh's", "bin Salman", "MBS"],
        &["Riyadh", "Jeddah"],
    ),
    (
        "United Arab Emirates",
        &["UAE", "Emirati", "Emiratis"],
        &["Abu Dhabi", "Dubai"],
    ),
    ("Jordan", &["Jordanian"], &["Amman"]),
    ("Lebanon", &["Lebanese"], &["Beirut"]),
    ("Hezbollah", &["Nasrallah", "Qassem"], &[]),
    (
        "Palestinian Authority",
        &["PA", "Abbas", "Fatah"],
        &["Ramallah"],
    ),
    (
        "Syria",
        &["Syrian", "Syrians", "al-Sharaa", "Assad"],
        &["Damascus"],
    ),
    (
        "Sudan",
        &["Sudanese", "SAF", "Sudanese army", "Burhan"],
        &["Khartoum", "Port Sudan"],
    ),
    ("Rapid Support Forces", &["RSF", "Dagalo", "Hemedti"], &[]),
    (
        "United Kingdom",
        &[
            "UK",
            "U.K.",
            "British",
            "Britain",
            "Starmer",
            "Lammy",
            "Downing Street",
        ],
        &["London"],
    ),
    (
        "France",
        &["French", "Macron", "Elysee", "Élysée"],
        &["Paris"],
    ),
    (
        "Germany",
        &["German", "Germans", "Merz", "Scholz"],
        &["Berlin"],
    ),
    (
        "European Union",
        &[
            "EU",
            "E.U.",
            "Brussels",
            "European Commission",
            "von der Leyen",
            "Kallas",
        ],
        &[],
    ),
    (
        "India",
        &["Indian", "Modi", "Jaishankar"],
        &["New Delhi", "Delhi"],
    ),
    (
        "Pakistan",
        &["Pakistani", "Sharif", "Munir"],
        &["Islamabad"],
    ),
    ("Armenia", &["Armenian", "Pashinyan"], &["Yerevan"]),
    ("Azerbaijan", &["Azerbaijani", "Aliyev", "Azeri"], &["Baku"]),
    ("Ethiopia", &["Ethiopian", "Abiy"], &["Addis Ababa"]),
    ("Colombia", &["Colombian", "Petro"], &["Bogota", "Bogotá"]),
    ("Venezuela", &["Venezuelan", "Maduro"], &["Caracas"]),
    (
        "North Korea",
        &["North Korean", "Pyongyang's", "Kim Jong Un"],
        &["Pyongyang"],
    ),
    ("South Korea", &["South Korean", "Seoul's"], &["Seoul"]),
    ("Japan", &["Japanese"], &["Tokyo"]),
    ("Houthis", &["Houthi", "Ansar Allah"], &["Sanaa"]),
    ("Yemen", &["Yemeni"], &[]),
    ("Oman", &["Omani", "Omanis"], &["Muscat"]),
    ("Norway", &["Norwegian"], &["Oslo"]),
    ("Switzerland", &["Swiss"], &["Geneva", "Bern"]),
    ("Congo", &["Congolese", "DRC", "Tshisekedi"], &["Kinshasa"]),
    ("Rwanda", &["Rwandan", "Kagame"], &["Kigali"]),
    ("M23", &["AFC/M23", "M23 rebels"], &["Goma"]),
    (
        "United Nations",
        &["UN", "U.N.", "Guterres", "Security Council"],
        &["New York"],
    ),
    ("Canada", &["Canadian", "Carney", "Trudeau"], &["Ottawa"]),
    ("Mexico", &["Mexican", "Sheinbaum"], &["Mexico City"]),
    ("Thailand", &["Thai"], &["Bangkok"]),
    ("Cambodia", &["Cambodian", "Hun Manet"], &["Phnom Penh"]),
];

impl ActorMatcher {
    /// Builds the alias table: configured aliases first, then built-in knowledge for
    /// actors the config names (never an alias another actor already claims).
    pub fn new(cfg: &WatchlistConfig) -> ActorMatcher {
        let names: Vec<String> = cfg.actors.iter().map(|a| a.name.clone()).collect();
        let mut aliases: Vec<Alias> = Vec::new();
        let mut claimed: std::collections::HashSet<Vec<String>> = Default::default();
        for (i, a) in cfg.actors.iter().enumerate() {
            for al in &a.aliases {
                let words = norm_words(al);
                if words.is_empty() || !claimed.insert(words.clone()) {
                    continue;
                }
                aliases.push(Alias {
                    words,
                    actor: i,
                    place: false,
                });
            }
        }
        for (i, a) in cfg.actors.iter().enumerate() {
            let known = KNOWLEDGE.iter().find(|(country, _, _)| {
                a.aliases
                    .iter()
                    .any(|al| norm_words(al) == norm_words(country))
            });
            if let Some((_, acts, places)) = known {
                for (list, place) in [(*acts, false), (*places, true)] {
                    for al in list {
                        let words = norm_words(al);
                        if words.is_empty() || !claimed.insert(words.clone()) {
                            continue;
                        }
                        aliases.push(Alias {
                            words,
                            actor: i,
                            place,
                        });
                    }
                }
            }
        }
        // longest aliases first so "White House" wins over "White"
        aliases.sort_by_key(|a| std::cmp::Reverse(a.words.len()));
        ActorMatcher { names, aliases }
    }

    /// Every actor mention in the tokens, left to right, non-overlapping.
    pub fn mentions(&self, tokens: &[Token]) -> Vec<Mention> {
        let norms: Vec<String> = tokens.iter().map(|t| norm_token(&t.lower)).collect();
        let mut taken = vec![false; tokens.len()];
        let mut out = Vec::new();
        for al in &self.aliases {
            let n = al.words.len();
            if n > 1 {
                for i in 0..tokens.len().saturating_sub(n - 1) {
                    if (0..n).all(|k| !taken[i + k] && norms[i + k] == al.words[k]) {
                        for t in taken.iter_mut().skip(i).take(n) {
                            *t = true;
                        }
                        out.push(Mention {
                            actor: al.actor,
                            start: i,
                            end: i + n,
                            place: al.place,
                            in_compound: false,
                            compound_of_actors: false,
                        });
                    }
                }
            }
        }
        // single words, including parts of hyphenated compounds
        for (i, norm) in norms.iter().enumerate() {
            if taken[i] || tokens[i].punct {
                continue;
            }
            let parts: Vec<&str> = if norm.contains('-') {
                norm.split('-').collect()
            } else {
                vec![norm.as_str()]
            };
            let compound = parts.len() > 1;
            let mut found = Vec::new();
            let mut whole = None;
            if compound {
                whole = self
                    .aliases
                    .iter()
                    .find(|al| al.words.len() == 1 && al.words[0] == *norm);
            }
            if let Some(al) = whole {
                found.push((al.actor, al.place));
            } else {
                for p in &parts {
                    if let Some(al) = self
                        .aliases
                        .iter()
                        .find(|al| al.words.len() == 1 && al.words[0] == *p)
                    {
                        found.push((al.actor, al.place));
                    }
                }
            }
            let all_actors = compound && whole.is_none() && found.len() == parts.len();
            for (actor, place) in found {
                out.push(Mention {
                    actor,
                    start: i,
                    end: i + 1,
                    place,
                    in_compound: compound && whole.is_none(),
                    compound_of_actors: all_actors,
                });
            }
        }
        out.sort_by_key(|m| (m.start, m.actor));
        out
    }
}

/// Lowercase words of an alias, normalised like tokens.
fn norm_words(s: &str) -> Vec<String> {
    crate::text::tokenize(s)
        .iter()
        .filter(|t| !t.punct)
        .map(|t| norm_token(&t.lower))
        .collect()
}

/// Token normal form for alias matching: trailing dots dropped, "'s" → "s".
pub fn norm_token(lower: &str) -> String {
    if lower == "'s" {
        return "s".into();
    }
    lower.trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{ActorConfig, WatchlistConfig};
    use crate::text::tokenize;

    pub(crate) fn gaza() -> WatchlistConfig {
        let actor = |n: &str, a: &[&str]| ActorConfig {
            name: n.into(),
            aliases: std::iter::once(n)
                .chain(a.iter().copied())
                .map(String::from)
                .collect(),
        };
        WatchlistConfig {
            name: "gaza".into(),
            recipients: vec![],
            keywords: [
                "ceasefire",
                "truce",
                "hostages",
                "negotiat*",
                "talks",
                "mediat*",
                "proposal",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect(),
            context: vec!["Gaza".into(), "Hamas".into()],
            exclude: vec![],
            developments: vec![],
            delivery: crate::config::Delivery::Immediate { max_per_hour: None },
            actors: vec![
                actor("United States", &["US", "U.S.", "Washington"]),
                actor("Israel", &["Israeli", "Netanyahu", "Mossad"]),
                actor("Hamas", &[]),
                actor("Qatar", &["Qatari"]),
                actor("Egypt", &["Egyptian"]),
            ],
        }
    }

    #[test]
    fn passing_mentions_do_not_make_topic() {
        let w = Watchlist::new(&gaza());
        assert!(
            w.decide("Hamas says truce secured", "The group said so.")
                .taken
        );
        let d = w.decide(
            "QatarEnergy unveils new LNG expansion",
            "The firm will raise output. Qatar, which has been mediating between Israel and Hamas, exports gas.",
        );
        assert!(!d.taken, "{}", d.reason);
        let d = w.decide(
            "Israel and Hezbollah ceasefire takes effect",
            "A 60-day truce began in Lebanon. Biden said he would push for a Gaza ceasefire.",
        );
        assert!(d.borderline, "{}", d.reason);
        assert!(
            w.decide(
                "Update from Doha",
                "Israeli negotiators left after talks on the Gaza truce hit a dead end."
            )
            .taken
        );
    }

    #[test]
    fn mentions_resolve_aliases_knowledge_and_compounds() {
        let w = Watchlist::new(&gaza());
        let toks = tokenize("Doha says Israel-Hamas truce agreed; Hamas-backed plan; Biden and the U.S. and Israel's team in Cairo");
        let m = w.actors.mentions(&toks);
        let names: Vec<&str> = m.iter().map(|m| w.actors.names[m.actor].as_str()).collect();
        assert_eq!(
            names,
            vec![
                "Qatar",
                "Israel",
                "Hamas",
                "Hamas",
                "United States",
                "United States",
                "Israel",
                "Egypt"
            ]
        );
        assert!(
            m[0].place && m[1].compound_of_actors && m[3].in_compound && !m[3].compound_of_actors
        );
    }
}
