//! Text primitives shared by watchlist matching, detection and clustering:
//! HTML to text, sentence splitting, tokens with offsets, term patterns, stemming.

/// The lead of an item's text: its first paragraph, with the next ones only while no
/// sentence of six words or more has come (a dateline or a kicker alone on its line).
/// News is written as an inverted pyramid: the development is in the headline and the
/// lead, and a full article's later paragraphs recap earlier events ("Israel recalled its
/// negotiators from Doha on Tuesday …") that, read as news, would be alerted again and pull
/// the item into older stories. Descriptions of one paragraph are read whole.
pub fn lead(text: &str) -> &str {
    let mut start = 0;
    for (end, _) in text
        .match_indices("\n\n")
        .chain(std::iter::once((text.len(), "")))
    {
        // (each paragraph split once: a feed of many short lines costs no more than one)
        let sentence = sentences(&text[start..end])
            .iter()
            .any(|s| s.split_whitespace().count() >= 6);
        if sentence {
            return text[..end].trim_end();
        }
        start = end;
    }
    text.trim_end()
}

/// Turns (possibly HTML) feed text into clean plain text: tags dropped, block
/// elements become paragraph breaks, entities decoded, scripts and styles removed. Feeds
/// that escape their HTML twice ("&lt;p&gt;" inside the description) get a second pass.
pub fn html_to_text(input: &str) -> String {
    if !input.contains('<') && !input.contains('&') {
        return collapse_ws(input);
    }
    let mut decoded = decode_entities(&strip_tags(input));
    if has_markup(&decoded) {
        decoded = decode_entities(&strip_tags(&decoded));
    }
    // keep paragraph breaks, collapse the rest
    decoded
        .split("\n\n")
        .map(collapse_ws)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Characters that print nothing and would split a word or a name: a soft hyphen
/// ("negoti&shy;ations", CMSs hyphenating for narrow screens), zero-width spaces and word
/// joiners, byte-order marks, and the direction marks of outlets that also publish in
/// Arabic, Persian or Hebrew.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{200b}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{feff}'
    )
}

/// Text that still holds tags after decoding: "<p>", "</a>", "<img …".
fn has_markup(s: &str) -> bool {
    s.match_indices('<').any(|(i, _)| {
        s[i + 1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!')
            && s[i..].contains('>')
    })
}

/// Drops tags (block elements become paragraph breaks), scripts and styles.
fn strip_tags(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut rest = input;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let after = &rest[lt..];
        let Some(gt) = after.find('>') else {
            out.push_str(after);
            rest = "";
            break;
        };
        let tag = after[1..gt].trim().to_ascii_lowercase();
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        rest = &after[gt + 1..];
        if (name == "script" || name == "style") && !tag.starts_with('/') {
            let close = format!("</{name}");
            match rest.to_ascii_lowercase().find(&close) {
                Some(p) => {
                    rest = &rest[p..];
                    if let Some(g) = rest.find('>') {
                        rest = &rest[g + 1..];
                    }
                }
                None => rest = "",
            }
            continue;
        }
        if matches!(
            name.as_str(),
            "p" | "br"
                | "div"
                | "li"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "tr"
                | "blockquote"
                | "section"
                | "article"
        ) {
            out.push_str("\n\n");
        } else {
            out.push(' ');
        }
    }
    out.push_str(rest);
    out
}

/// Words joined by single spaces, without the characters that print nothing (`invisible`:
/// a soft hyphen inside "negoti&shy;ations" joins the word again).
fn collapse_ws(s: &str) -> String {
    if s.chars().any(invisible) {
        return collapse_ws(&s.replace(invisible, ""));
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Decodes HTML entities: every named one (html-escape's complete table: "&eacute;",
/// "&rsquo;", "&hellip;"…) and numeric ones, and again when a feed escaped them twice
/// ("&amp;#039;" → "'", "&amp;amp;quot;" → '"').
pub fn decode_entities(s: &str) -> String {
    let mut cur = s.to_string();
    for _ in 0..3 {
        if !cur.contains('&') {
            break;
        }
        let next = html_escape::decode_html_entities(&cur).into_owned();
        if next == cur {
            break;
        }
        cur = next;
    }
    // a no-break space is a space to every reader of the text
    cur.replace('\u{a0}', " ")
}

/// The ASCII spelling of a lowercase Latin letter with a diacritic ("ğ" → "g", "ß" →
/// "ss"), `None` for any other character. Outlets drop the marks that a watchlist keeps
/// (Reuters writes "Sinn Fein", "Erdogan", "Vucic"), and the reverse: names match either
/// way once both sides are folded.
pub fn fold_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// A combining mark (U+0300–U+036F): part of the letter before it ("e" + "́" written
/// decomposed, the dot of a lowercased Turkish "İ"), dropped when folding.
pub fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// Lowercase text with diacritics folded (see `fold_letter`); ASCII text is only
/// lowercased.
pub fn fold_lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_folded(&mut out, c);
    }
    out
}

/// Pushes `c` lowercased, its diacritics folded and combining marks dropped; returns the
/// number of characters pushed.
fn push_folded(out: &mut String, c: char) -> usize {
    let mut n = 0;
    for l in c.to_lowercase().filter(|l| !is_combining(*l)) {
        match fold_letter(l) {
            Some(f) => {
                out.push_str(f);
                n += f.len();
            }
            None => {
                out.push(l);
                n += 1;
            }
        }
    }
    n
}

/// Replaces typographic quotes and dashes by ASCII so patterns stay simple.
pub fn fold_punct(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' => '"',
            '\u{2010}' | '\u{2011}' => '-',
            '\u{00A0}' => ' ',
            c => c,
        })
        .collect()
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep", "prof",
    "jr", "sr", "vs", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "inc", "corp", "co", "ltd", "mt", "ft", "approx", "est",
];

/// Splits text into sentences, keeping abbreviations such as "U.S." and "Oct." inside.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for para in text.split("\n\n") {
        let chars: Vec<char> = para.chars().collect();
        let mut start = 0;
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c == '.' || c == '!' || c == '?' || c == ';' {
                // include closing quotes/brackets
                let mut j = i + 1;
                while j < chars.len()
                    && matches!(chars[j], '"' | '\'' | ')' | '\u{201D}' | '\u{2019}')
                {
                    j += 1;
                }
                let at_end = j >= chars.len();
                let next_is_space = at_end || chars[j].is_whitespace();
                if next_is_space {
                    let mut k = j;
                    while k < chars.len() && chars[k].is_whitespace() {
                        k += 1;
                    }
                    let next_upper = k >= chars.len()
                        || chars[k].is_uppercase()
                        || chars[k].is_ascii_digit()
                        || matches!(chars[k], '"' | '\'' | '\u{201C}' | '\u{2018}' | '(');
                    let mut split = c != '.' || next_upper;
                    if c == '.' && split {
                        // abbreviation or initial before the dot?
                        let mut w = i;
                        while w > 0 && (chars[w - 1].is_alphabetic() || chars[w - 1] == '.') {
                            w -= 1;
                        }
                        let word: String = chars[w..i].iter().collect::<String>().to_lowercase();
                        let bare = word.trim_matches('.');
                        if word.contains('.')
                            || (bare.chars().count() == 1 && !at_end)
                            || ABBREVIATIONS.contains(&bare)
                        {
                            // "U.S." at the very end of a sentence is rare in news leads; keep going
                            split = at_end;
                        }
                    }
                    if split {
                        let s: String = chars[start..j].iter().collect();
                        let s = s.trim().to_string();
                        if !s.is_empty() {
                            out.push(s);
                        }
                        start = k;
                        i = k;
                        continue;
                    }
                }
            }
            i += 1;
        }
        if start < chars.len() {
            let s: String = chars[start..].iter().collect();
            let s = s.trim().to_string();
            if !s.is_empty() {
                out.push(s);
            }
        }
    }
    out
}

/// A word token with its position in the source string.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// Text as written (quotes stripped, hyphens kept inside words).
    pub text: String,
    /// Lowercased text.
    pub lower: String,
    /// Byte offset of the start in the source.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// True for punctuation tokens (`,` `:` `;` `?` `(` `)` `—`).
    pub punct: bool,
}

/// Tokenises into words (letters, digits, inner apostrophes, hyphens and dots as in
/// "U.S.") and the punctuation that matters for clause structure.
pub fn tokenize(s: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let bytes: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    // inside a 'single-quoted' phrase a final apostrophe closes the quote; outside it
    // is a plural possessive ("the rebels' decision")
    let mut quoted = false;
    while i < bytes.len() {
        let (pos, c) = bytes[i];
        if matches!(c, '\'' | '\u{2018}' | '\u{2019}') {
            let prev = if i > 0 { bytes[i - 1].1 } else { ' ' };
            let next = bytes.get(i + 1).map_or(' ', |b| b.1);
            if !prev.is_alphanumeric() && next.is_alphanumeric() {
                quoted = true;
            } else if prev.is_alphanumeric() && !next.is_alphanumeric() {
                if !quoted && matches!(prev, 's' | 'S') {
                    out.push(Token {
                        text: "'s".into(),
                        lower: "'s".into(),
                        start: pos,
                        end: pos + c.len_utf8(),
                        punct: false,
                    });
                }
                quoted = false;
            }
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < bytes.len() {
                let ch = bytes[j].1;
                if ch.is_alphanumeric() || is_combining(ch) {
                    j += 1;
                } else if matches!(ch, '\'' | '\u{2019}' | '-' | '.' | '&')
                    && j + 1 < bytes.len()
                    && bytes[j + 1].1.is_alphanumeric()
                {
                    j += 2;
                } else if ch == '.' && j < bytes.len() && j >= 1 && is_dotted_abbrev(&bytes[i..=j])
                {
                    j += 1;
                } else {
                    break;
                }
            }
            let end = if j < bytes.len() { bytes[j].0 } else { s.len() };
            let mut text = s[pos..end].replace('\u{2019}', "'");
            // possessive 's becomes its own token so "Israel's" still names Israel
            let mut poss = None;
            if text.len() > 2 && (text.ends_with("'s") || text.ends_with("'S")) {
                text.truncate(text.len() - 2);
                poss = Some(end);
            }
            let tend = poss.map(|e| e - 2).unwrap_or(end);
            out.push(Token {
                lower: fold_lower(&text),
                text,
                start: pos,
                end: tend,
                punct: false,
            });
            if let Some(e) = poss {
                out.push(Token {
                    text: "'s".into(),
                    lower: "'s".into(),
                    start: e - 2,
                    end: e,
                    punct: false,
                });
            }
            i = j;
        } else {
            if matches!(c, ',' | ':' | ';' | '?' | '(' | ')' | '—' | '–') {
                let t = c.to_string();
                out.push(Token {
                    lower: t.clone(),
                    text: t,
                    start: pos,
                    end: pos + c.len_utf8(),
                    punct: true,
                });
            } else if c == '-'
                && i > 0
                && i + 1 < bytes.len()
                && bytes[i - 1].1 == ' '
                && bytes[i + 1].1 == ' '
            {
                out.push(Token {
                    lower: "—".into(),
                    text: "—".into(),
                    start: pos,
                    end: pos + 1,
                    punct: true,
                });
            }
            i += 1;
        }
    }
    out
}

fn is_dotted_abbrev(chars: &[(usize, char)]) -> bool {
    // "U.S." style: single letters separated by dots
    let s: String = chars.iter().map(|c| c.1).collect();
    let parts: Vec<&str> = s.split('.').filter(|p| !p.is_empty()).collect();
    parts.len() >= 2 && parts.iter().all(|p| p.chars().count() == 1)
}

/// Words a trailing `*` would reach that belong to another word: "accord*" is written for
/// "accords", never for "according to officials"; "deal*" not for "dealers"; "treat*" not
/// for "treatment". A configured prefix names a negotiation word's endings, not every
/// English word that starts with the same letters.
const FALSE_STEMS: &[&str] = &[
    "according",
    "accordingly",
    "accordance",
    "dealer",
    "dealers",
    "dealership",
    "dealerships",
    "treatment",
    "treatments",
];

/// `cand` starts with the prefix `stem` and is not one of the `FALSE_STEMS`.
fn prefix_match(cand: &str, stem: &str) -> bool {
    cand.starts_with(stem) && (cand.len() == stem.len() || !FALSE_STEMS.contains(&cand))
}

/// Where each word of a word list stands: many terms looked up in one list cost one pass
/// over it instead of one per term (a watchlist's keywords and their family are dozens).
pub struct WordPositions<'a> {
    words: &'a [String],
    at: std::collections::HashMap<&'a str, Vec<usize>>,
}

impl<'a> WordPositions<'a> {
    /// Indexes the words.
    pub fn new(words: &'a [String]) -> WordPositions<'a> {
        let mut at: std::collections::HashMap<&str, Vec<usize>> =
            std::collections::HashMap::with_capacity(words.len());
        for (i, w) in words.iter().enumerate() {
            at.entry(w.as_str()).or_default().push(i);
        }
        WordPositions { words, at }
    }

    /// The indexed words.
    pub fn words(&self) -> &'a [String] {
        self.words
    }

    /// Positions of one word, in order.
    fn of(&self, w: &str) -> &[usize] {
        self.at.get(w).map(Vec::as_slice).unwrap_or(&[])
    }
}

/// Function words that never stand as the modifier inside a watch term
/// (`Term::matches_with_modifier`).
const MODIFIER_STOPS: &[&str] = &[
    "and", "the", "for", "with", "not", "but", "from", "into", "over", "than", "that", "this",
    "these", "those", "its", "their", "his", "her", "our", "your", "has", "have", "had", "was",
    "were", "are", "will", "would", "could", "should", "may", "might", "can", "also", "after",
    "before", "about", "said", "says", "say", "who", "which", "what", "when", "where", "while",
    "off", "out", "all", "any", "some", "more", "most", "new",
];

/// A compiled watch term: words matched on word boundaries, `*` = any word ending.
#[derive(Debug, Clone)]
pub struct Term {
    /// Original spelling from the config.
    pub source: String,
    words: Vec<(String, bool)>,
    /// Also matches with one modifier before its last word (`matches_with_modifier`):
    /// a keyword's wording varies in the news; a name to exclude or a context term is
    /// matched as written ("United Democratic Front" is not the "United Democratic
    /// Madhesi Front").
    loose: bool,
}

impl Term {
    /// Compiles `text` (case-insensitive; trailing `*` per word is a prefix match).
    pub fn new(text: &str) -> Term {
        let words = match_words(text)
            .into_iter()
            .map(|w| match w.strip_suffix('*') {
                Some(p) => (p.to_string(), true),
                None => (w, false),
            })
            .collect();
        Term {
            source: text.to_string(),
            words,
            loose: false,
        }
    }

    /// A keyword: compiled as `new`, and also found with one modifier inside.
    pub fn keyword(text: &str) -> Term {
        Term {
            loose: true,
            ..Term::new(text)
        }
    }

    /// Word positions (start index in `words`) where the term occurs.
    pub fn find(&self, words: &[String]) -> Vec<usize> {
        let n = self.words.len();
        if n == 0 || words.len() < n {
            return Vec::new();
        }
        (0..=words.len() - n)
            .filter(|&i| self.matches_at(words, i) || self.matches_with_modifier(words, i))
            .collect()
    }

    /// Is this word (lowercase) one of the term's words, or does a prefix word match it?
    pub fn has_word(&self, word: &str) -> bool {
        // ("staff-level" of the keyword "staff-level", stored as its two words)
        if word.contains('-') {
            let parts: Vec<&str> = word.split('-').filter(|p| !p.is_empty()).collect();
            if parts.len() > 1 && parts.iter().all(|p| self.has_word(p)) {
                return true;
            }
        }
        self.words.iter().any(|(w, prefix)| {
            if *prefix {
                prefix_match(word, w)
            } else {
                w == word
            }
        })
    }

    /// `find` through a word list's positions: only where the first word stands, unless
    /// that word is a prefix (then every position, as `find`).
    pub fn find_in(&self, at: &WordPositions) -> Vec<usize> {
        let n = self.words.len();
        match self.words.first() {
            Some((first, false)) => at
                .of(first)
                .iter()
                .copied()
                .filter(|&i| {
                    i + n <= at.words.len()
                        && (self.matches_at(at.words, i) || self.matches_with_modifier(at.words, i))
                })
                .collect(),
            _ => self.find(at.words),
        }
    }

    /// Does the term occur at all (`find` without collecting)?
    pub fn occurs_in(&self, words: &[String]) -> bool {
        let n = self.words.len();
        n > 0
            && words.len() >= n
            && (0..=words.len() - n)
                .any(|i| self.matches_at(words, i) || self.matches_with_modifier(words, i))
    }

    /// A term of several words with one modifier before its last word: news writes the
    /// analyst's "coalition mission" as "coalition military mission" and "ceasefire talks"
    /// as "ceasefire proposal talks". The modifier is a content word, never a function
    /// word ("mission of the coalition" is another phrase) nor a word of the term itself.
    fn matches_with_modifier(&self, words: &[String], i: usize) -> bool {
        let n = self.words.len();
        if !self.loose || n < 2 || i + n >= words.len() {
            return false;
        }
        let word_ok = |cand: &str, (w, prefix): &(String, bool)| {
            if *prefix {
                prefix_match(cand, w)
            } else {
                cand == w
            }
        };
        // (the term's own words first: they rule out almost every position cheaply)
        let term_words = self.words[..n - 1]
            .iter()
            .enumerate()
            .all(|(k, t)| word_ok(&words[i + k], t))
            && word_ok(&words[i + n], &self.words[n - 1]);
        let filler = words[i + n - 1].as_str();
        term_words
            && filler.len() >= 3
            && filler.chars().all(char::is_alphabetic)
            && !MODIFIER_STOPS.contains(&filler)
            && !self.words.iter().any(|t| word_ok(filler, t))
    }

    fn matches_at(&self, words: &[String], i: usize) -> bool {
        self.words.iter().enumerate().all(|(k, (w, prefix))| {
            let cand = &words[i + k];
            if *prefix {
                prefix_match(cand, w)
            } else {
                cand == w
            }
        })
    }

    /// Number of words in the term.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True for an empty term.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// Lowercased words for term matching: splits on anything but letters, digits, `*`
/// and dots inside abbreviations; "U.S." becomes "u.s", "Israel's" gives "israel" + "s".
pub fn match_words(s: &str) -> Vec<String> {
    // one pass, no per-character allocation: this runs on every item's full text
    let mut out = Vec::with_capacity(s.len() / 6 + 1);
    let mut cur = String::new();
    // characters of `cur` since its last dot, and whether its last character is a letter
    let (mut seg, mut last_alpha) = (0usize, false);
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c.is_alphanumeric() || c == '*' || (is_combining(c) && !cur.is_empty()) {
            if c.is_ascii() {
                cur.push(c.to_ascii_lowercase());
                seg += 1;
                last_alpha = c.is_ascii_alphabetic();
            } else {
                // (diacritics folded: "Sinn Féin" is the "Sinn Fein" of the wires)
                let pushed = push_folded(&mut cur, c);
                seg += pushed;
                if pushed > 0 {
                    last_alpha = c.is_alphabetic();
                }
            }
        } else if c == '.'
            && !cur.is_empty()
            && last_alpha
            && seg == 1
            && it.peek().is_some_and(|n| n.is_alphanumeric())
        {
            cur.push('.');
            (seg, last_alpha) = (0, false);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
            (seg, last_alpha) = (0, false);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// English stopwords ignored by the story similarity.
/// Is this (lowercase) word a stopword? A set, since every word of every item asks.
pub fn is_stopword(w: &str) -> bool {
    static SET: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
        std::sync::LazyLock::new(|| STOPWORDS.iter().copied().collect());
    SET.contains(w)
}

pub const STOPWORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "of",
    "to",
    "in",
    "on",
    "at",
    "for",
    "from",
    "by",
    "with",
    "as",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "it",
    "its",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "they",
    "them",
    "their",
    "his",
    "her",
    "we",
    "our",
    "you",
    "i",
    "s",
    "said",
    "says",
    "say",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "can",
    "not",
    "no",
    "after",
    "before",
    "over",
    "into",
    "than",
    "then",
    "also",
    "about",
    "more",
    "most",
    "some",
    "any",
    "all",
    "which",
    "who",
    "whom",
    "what",
    "when",
    "where",
    "while",
    "up",
    "out",
    "new",
    "if",
    "do",
    "does",
    "did",
    "so",
    "such",
    "only",
    "other",
    "there",
    "here",
    "two",
    "one",
    "three",
    "first",
    "last",
    "since",
    "until",
    "amid",
    "against",
    "between",
    "both",
    "each",
    "per",
    "via",
    "according",
    "told",
    "tells",
    "tell",
    "says",
    "day",
    "days",
    "week",
    "weeks",
    "after",
    "now",
    "still",
    "yet",
    "just",
];

/// A light suffix-stripping stemmer (enough to join "rejects"/"rejected"/"rejecting").
pub fn stem(w: &str) -> String {
    let w = w.trim_matches('\'');
    let n = w.chars().count();
    if n <= 3 {
        return w.to_string();
    }
    for (suf, min) in [
        ("ations", 4),
        ("ation", 4),
        ("ments", 4),
        ("ment", 4),
        ("ings", 4),
        ("ing", 4),
        ("ies", 3),
        ("ied", 3),
        ("ed", 4),
        ("es", 4),
        ("s", 3),
    ] {
        if let Some(base) = w.strip_suffix(suf) {
            if base.chars().count() >= min && !base.ends_with('s') {
                let base = if suf == "ies" || suf == "ied" {
                    format!("{base}y")
                } else {
                    base.to_string()
                };
                return base;
            }
        }
    }
    w.to_string()
}

/// Days of the week, lowercase: the date of a report, never what it names.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The words a text writes with a capital inside a sentence (not right after a full stop,
/// a question or exclamation mark, a colon or a quote): its names. A headline in title case
/// capitalises every word; the item's text says which of them are names.
pub fn capitalised_inside_sentences(text: &str) -> std::collections::HashSet<&str> {
    let mut out = std::collections::HashSet::new();
    let mut opens = true;
    for word in text.split_whitespace() {
        let core = word.trim_matches(|c: char| !c.is_alphanumeric());
        if !opens && core.chars().next().is_some_and(char::is_uppercase) {
            out.insert(core);
            // ("Gaza's needs" names Gaza)
            if let Some(stem) = core
                .strip_suffix("'s")
                .or_else(|| core.strip_suffix("\u{2019}s"))
            {
                out.insert(stem);
            }
        }
        opens = word.ends_with(['.', '?', '!', ':', '"', '\u{201d}']) || core.is_empty();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lead_is_the_first_paragraph_that_holds_a_sentence() {
        let one = "Hamas accepted the offer on Monday. Israel has not replied.";
        assert_eq!(lead(one), one);
        assert_eq!(
            lead("Hamas accepted the offer on Monday.\n\nLast month Israel recalled its negotiators from Doha."),
            "Hamas accepted the offer on Monday."
        );
        // (a dateline or a kicker alone on its line is no lead: the next paragraph joins)
        assert_eq!(
            lead("CAIRO\n\nHamas accepted the Egyptian offer on Monday.\n\nBackground follows here in full."),
            "CAIRO\n\nHamas accepted the Egyptian offer on Monday."
        );
        assert_eq!(lead(""), "");
    }

    #[test]
    fn a_term_of_several_words_takes_one_modifier_before_its_last() {
        let t = Term::keyword("coalition mission");
        let w = |s: &str| match_words(s);
        assert_eq!(t.find(&w("end of the coalition military mission")), vec![3]);
        assert!(t.occurs_in(&w("the coalition mission ends")));
        // a function word or two words between are other phrases
        assert!(!t.occurs_in(&w("the coalition and its mission")));
        assert!(!t.occurs_in(&w("the coalition's long military mission")));
        let p = Term::keyword("ceasefire talk*");
        assert!(p.occurs_in(&w("ceasefire proposal talks resume")));
        // one word is no phrase to widen
        assert!(!Term::keyword("talks").occurs_in(&w("peace process")));
        // and a name to exclude is matched as written
        let name = Term::new("United Democratic Front");
        assert!(!name.occurs_in(&w("the United Democratic Madhesi Front")));
    }

    #[test]
    fn a_prefix_does_not_reach_another_word() {
        let accord = Term::new("accord*");
        assert!(accord.occurs_in(&match_words("Rivals sign accords in Doha")));
        assert!(!accord.occurs_in(&match_words("according to shipping data")));
        // a hyphenated word is the keyword's when each of its parts is
        assert!(Term::new("staff-level").has_word("staff-level"));
        assert!(!Term::new("staff").has_word("staff-level"));
        assert!(!Term::new("deal*").occurs_in(&match_words("car dealers report sales")));
        assert!(Term::new("deal*").occurs_in(&match_words("the deal holds")));
    }

    #[test]
    fn every_named_entity_and_double_escaping_decode() {
        // titles as real feeds deliver them (issue 13, defect 3)
        for (raw, clean) in [
            (
                "Sudan&#039;s army rejects truce",
                "Sudan's army rejects truce",
            ),
            (
                "Sudan&amp;#039;s army rejects truce",
                "Sudan's army rejects truce",
            ),
            ("&amp;amp;#039;Worst yet&amp;amp;#039;", "'Worst yet'"),
            (
                "Caf&eacute; talks &ndash; Macron&rsquo;s envoy &hellip;",
                "Café talks – Macron’s envoy …",
            ),
            (
                "&ldquo;Ready&rdquo; &nbsp;says &Auml;land &amp; Co",
                "“Ready” says Äland & Co",
            ),
            ("AT&amp;T and R&D", "AT&T and R&D"),
            ("no entity &here; or & there", "no entity &here; or & there"),
        ] {
            assert_eq!(html_to_text(raw), clean, "{raw}");
        }
    }

    #[test]
    fn escaped_markup_is_stripped_too() {
        assert_eq!(
            html_to_text(
                "&lt;p&gt;Hamas &lt;a href=&quot;x&quot;&gt;accepts&lt;/a&gt; the plan.&lt;/p&gt;"
            ),
            "Hamas accepts the plan."
        );
        assert_eq!(html_to_text("1 &lt; 2 and 3 &gt; 2"), "1 < 2 and 3 > 2");
    }

    /// The straightforward version `match_words` replaced, kept to check it against.
    fn match_words_reference(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut cur = String::new();
        let chars: Vec<char> = s.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            if c.is_alphanumeric() || c == '*' {
                cur.push_str(&fold_lower(&c.to_string()));
            } else if is_combining(c) && !cur.is_empty() {
                // (part of the letter before it, dropped)
            } else if c == '.'
                && !cur.is_empty()
                && i + 1 < chars.len()
                && chars[i + 1].is_alphanumeric()
                && cur
                    .chars()
                    .last()
                    .map(|l| l.is_alphabetic())
                    .unwrap_or(false)
                && cur
                    .split('.')
                    .next_back()
                    .map(|p| p.chars().count() == 1)
                    .unwrap_or(false)
            {
                cur.push('.');
            } else if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        }
        if !cur.is_empty() {
            out.push(cur);
        }
        out
    }

    #[test]
    fn match_words_agrees_with_the_reference() {
        let pieces = [
            "U.S.",
            "u.s",
            "İstanbul",
            "ß",
            "Israel's",
            "A.B.C.",
            "e.g.",
            "x.",
            ".y",
            "*",
            "talks*",
            "3.5",
            "Ω.Ω",
            "ǅ",
            " ",
            "\n",
            "-",
            "a",
            "É.",
            "ﬁ",
            "1.a",
            "a.1",
            "..",
            "ğ",
            "e\u{301}",
            "\u{301}",
        ];
        let mut rng = fastrand::Rng::with_seed(5);
        for _ in 0..20_000 {
            let s: String = (0..rng.usize(1..12))
                .map(|_| pieces[rng.usize(..pieces.len())])
                .collect();
            assert_eq!(match_words(&s), match_words_reference(&s), "{s:?}");
        }
    }

    #[test]
    fn html_becomes_text() {
        let t = html_to_text(
            "<p>Hello&nbsp;<b>world</b> &amp; co</p><script>x=1</script><p>Two&#39;s</p>",
        );
        assert_eq!(t, "Hello world & co\n\nTwo's");
    }

    #[test]
    fn sentences_keep_abbreviations() {
        let s = sentences(
            "The U.S. pulled its team. Israel followed on Oct. 7 talks! Why? Hamas said no.",
        );
        assert_eq!(
            s,
            vec![
                "The U.S. pulled its team.",
                "Israel followed on Oct. 7 talks!",
                "Why?",
                "Hamas said no."
            ]
        );
    }

    #[test]
    fn tokens_split_possessive_and_keep_hyphens() {
        let t: Vec<String> = tokenize("Israel's Hamas-backed plan, U.S. team")
            .into_iter()
            .map(|t| t.lower)
            .collect();
        assert_eq!(
            t,
            vec!["israel", "'s", "hamas-backed", "plan", ",", "u.s.", "team"]
        );
    }

    #[test]
    fn invisible_characters_split_no_word() {
        // (decoded or raw, in a title or a body)
        assert_eq!(
            html_to_text("Hamas accepts negoti&shy;ated text"),
            "Hamas accepts negotiated text"
        );
        assert_eq!(
            html_to_text("\u{feff}Israel\u{200b} recalls\u{200f} team"),
            "Israel recalls team"
        );
        assert_eq!(
            html_to_text("<p>cease\u{ad}fire &#8207;talks</p>"),
            "ceasefire talks"
        );
        assert_eq!(html_to_text("&#8203;"), "");
    }

    #[test]
    fn diacritics_fold_in_tokens_and_terms() {
        // the wires drop the marks a watchlist keeps, and the reverse
        let lower = |s: &str| -> Vec<String> { tokenize(s).into_iter().map(|t| t.lower).collect() };
        assert_eq!(
            lower("Sinn Féin and Erdoğan"),
            ["sinn", "fein", "and", "erdogan"]
        );
        assert_eq!(lower("Vučić, Straße"), ["vucic", ",", "strasse"]);
        // (written decomposed: the combining accent stays inside its word)
        assert_eq!(lower("Sinn Fe\u{301}in"), ["sinn", "fein"]);
        // (the text as written is kept)
        assert_eq!(tokenize("Féin")[0].text, "Féin");
        assert_eq!(
            match_words("Négociations à Genève"),
            ["negociations", "a", "geneve"]
        );
        let t = Term::new("négociat*");
        assert!(!t.find(&match_words("New negociations open")).is_empty());
        assert!(!Term::new("Sinn Fein")
            .find(&match_words("Sinn Féin walks out"))
            .is_empty());
        assert_eq!(fold_lower("İSTANBUL"), "istanbul");
    }

    #[test]
    fn terms_match_on_word_boundaries_with_wildcards() {
        let words = match_words("Negotiators met in Gaza; the U.S. hostage deal talks");
        assert_eq!(Term::new("negotiat*").find(&words), vec![0]);
        assert_eq!(Term::new("hostage deal").find(&words).len(), 1);
        assert_eq!(Term::new("U.S.").find(&words).len(), 1);
        assert!(Term::new("gaz").find(&words).is_empty());
        assert!(Term::new("talk").find(&words).is_empty());
    }

    #[test]
    fn stemmer_joins_inflections() {
        assert_eq!(stem("rejects"), stem("rejected"));
        assert_eq!(stem("negotiations"), stem("negotiation"));
        assert_eq!(stem("talks"), "talk");
    }
}
