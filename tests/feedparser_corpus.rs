//! The feedparser project's test suite (2,000+ well- and ill-formed feeds, from its
//! source distribution on PyPI, fetched at test time into target/, never committed):
//! every file through newshound's parser — zero panics, and the parse rate reported.

use std::path::PathBuf;
use std::process::Command;

const VERSION: &str = "6.0.14";

fn corpus_dir() -> PathBuf {
    let target = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("feedparser");
    let root = target.join(format!("feedparser-{VERSION}"));
    if root.join("tests").is_dir() {
        return root;
    }
    std::fs::create_dir_all(&target).unwrap();
    let st = Command::new("python3")
        .args([
            "-m",
            "pip",
            "download",
            "--quiet",
            "--disable-pip-version-check",
            "--no-deps",
            "--no-binary",
            ":all:",
        ])
        .arg(format!("feedparser=={VERSION}"))
        .arg("-d")
        .arg(&target)
        .status()
        .expect("python3 -m pip");
    assert!(st.success(), "pip download feedparser failed");
    let st = Command::new("tar")
        .arg("xzf")
        .arg(target.join(format!("feedparser-{VERSION}.tar.gz")))
        .arg("-C")
        .arg(&target)
        .status()
        .unwrap();
    assert!(st.success());
    root
}

fn walk(dir: &std::path::Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p
            .extension()
            .map(|x| x == "xml" || x == "rdf" || x == "json")
            .unwrap_or(false)
        {
            out.push(p);
        }
    }
}

#[test]
fn feedparser_test_suite_never_panics_the_parser() {
    let root = corpus_dir();
    let mut files = Vec::new();
    walk(&root.join("tests"), &mut files);
    files.sort();
    assert!(files.len() > 2000, "only {} files", files.len());
    let (mut ok, mut err, mut panics) = (0usize, 0usize, Vec::new());
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        match std::panic::catch_unwind(|| {
            newshound::parse::parse_feed(&bytes, None)
                .map(|e| newshound::normalise::normalise(e, chrono::Utc::now()))
        }) {
            Ok(Ok(_)) => ok += 1,
            Ok(Err(newshound::parse::ParseError::Panic)) => panics.push(f.display().to_string()),
            Ok(Err(_)) => err += 1,
            Err(_) => panics.push(f.display().to_string()),
        }
    }
    println!("feedparser {VERSION} test files: {} — parsed {ok} ({:.1} %), rejected {err}, parser panics caught {}", files.len(), 100.0 * ok as f64 / files.len() as f64, panics.len());
    // a panic inside feed-rs would be caught and cost one feed; there must be none
    assert!(panics.is_empty(), "parser panics: {panics:?}");
    assert!(
        ok as f64 / files.len() as f64 > 0.85,
        "parse rate fell: {ok}/{}",
        files.len()
    );
}
