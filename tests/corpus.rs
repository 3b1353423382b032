//! Scores the real binary end to end (HTTP, SQLite, file mail) with the shared scorer
//! `../shared/tools/corpus-eval.py` on the dev corpus and on our own corpora, at the
//! quality bar of the stories-and-developments issue.

use std::path::{Path, PathBuf};
use std::process::Command;

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

fn score(corpus: &Path) {
    let eval = shared().join("tools/corpus-eval.py");
    assert!(
        eval.is_file(),
        "{} is missing: the corpus tests need ../shared beside the checkout",
        eval.display()
    );
    let out = Command::new("python3")
        .arg(&eval)
        .arg("--bin")
        .arg(env!("CARGO_BIN_EXE_newshound"))
        .arg("--corpus")
        .arg(corpus)
        .args([
            "--min-dev-p",
            "0.95",
            "--min-dev-r",
            "0.90",
            "--min-story-f1",
            "0.93",
            "--min-topic",
            "0.97",
        ])
        .output()
        .expect("python3");
    let stdout = String::from_utf8_lossy(&out.stdout);
    println!("{}: {}", corpus.display(), stdout);
    assert!(!stdout.contains("problem:"), "{stdout}");
    assert!(
        out.status.success(),
        "below the quality bar on {}:\n{stdout}\n{}",
        corpus.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn dev_corpus_meets_the_quality_bar() {
    score(&shared().join("corpus/dev.json"));
}

#[test]
fn own_ukraine_corpus_meets_the_quality_bar() {
    score(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/ukraine-talks.json"));
}

#[test]
fn own_iran_corpus_meets_the_quality_bar() {
    score(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/iran-talks.json"));
}
