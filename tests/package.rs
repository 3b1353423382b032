//! The Debian package, built by `tools/deb.sh` with cargo-deb (installed from crates.io
//! into target/tools on first use), extracted with `dpkg-deb -x` into a temporary root
//! and checked the way a new user would meet it: its files, the conffile, the man page,
//! the unit under `systemd-analyze verify`, and the packaged binary with the packaged
//! config under the unit's conditions (working directory `/`, `$STATE_DIRECTORY` set).
//!
//! To spare CI a release build, the package is made from this test build's binary
//! (`tools/deb.sh --no-build` with its own CARGO_TARGET_DIR): the packaging metadata,
//! the generated man page and completions and the config are the real ones.

mod common;

use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

const CARGO_DEB_VERSION: &str = "3.8.0";

/// A directory whose `cargo-deb` runs: the one on PATH, else one installed from
/// crates.io into target/tools.
fn cargo_deb_dir() -> Option<PathBuf> {
    let on_path = Command::new("cargo-deb")
        .arg("--version")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if on_path {
        return None;
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/tools");
    let bin = root.join("bin");
    if !bin.join("cargo-deb").exists() {
        let st = Command::new(env!("CARGO"))
            .args(["install", "--locked", "--quiet", "cargo-deb", "--version"])
            .arg(CARGO_DEB_VERSION)
            .arg("--root")
            .arg(&root)
            .status()
            .expect("cargo install");
        assert!(st.success(), "cargo install cargo-deb failed");
    }
    Some(bin)
}

/// Builds the package into `out` and returns its path.
fn build_deb(work: &Path) -> PathBuf {
    let target = work.join("target");
    std::fs::create_dir_all(target.join("release")).unwrap();
    std::fs::copy(bin(), target.join("release/newshound")).unwrap();
    let mut path = std::env::var_os("PATH").unwrap_or_default();
    if let Some(dir) = cargo_deb_dir() {
        let mut p = dir.into_os_string();
        p.push(":");
        p.push(&path);
        path = p;
    }
    let out = work.join("deb");
    let st = Command::new(Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/deb.sh"))
        .args(["--no-build", "--fast", "--strip", "--quiet", "-o"])
        .arg(format!("{}/", out.display()))
        .env("CARGO_TARGET_DIR", &target)
        .env("PATH", path)
        .status()
        .expect("tools/deb.sh");
    assert!(st.success(), "tools/deb.sh failed");
    let deb = std::fs::read_dir(&out)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().map(|x| x == "deb").unwrap_or(false))
        .expect("no .deb written");
    deb
}

fn dpkg_deb(flag: &str, deb: &Path, into: &Path) {
    let st = Command::new("dpkg-deb")
        .arg(flag)
        .arg(deb)
        .arg(into)
        .status()
        .expect("dpkg-deb");
    assert!(st.success(), "dpkg-deb {flag}");
}

fn gunzip(p: &Path) -> String {
    use std::io::Read;
    let mut s = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(p).unwrap())
        .read_to_string(&mut s)
        .unwrap();
    s
}

/// The package's man page: every section the issue asks for, rendered by man(1) where
/// it is installed.
fn check_man_page(page: &Path) {
    let roff = gunzip(page);
    for section in [
        "COMMANDS",
        "CONFIGURATION",
        "FILES",
        "EXIT STATUS",
        "EXAMPLES",
    ] {
        assert!(
            roff.contains(&format!(".SH \"{section}\""))
                || roff.contains(&format!(".SH {section}")),
            "man page lacks {section}"
        );
    }
    for needle in [
        "check\\-config",
        "state_dir",
        "keep_items",
        "STATE_DIRECTORY",
    ] {
        assert!(roff.contains(needle), "man page lacks {needle}");
    }
    match Command::new("man")
        .arg("-l")
        .arg(page)
        .env("MANWIDTH", "80")
        .output()
    {
        Ok(out) => {
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(
                out.status.success() && text.contains("EXIT STATUS"),
                "man -l: {text}"
            );
        }
        Err(_) => println!("man(1) not installed: the page was checked as roff only"),
    }
}

/// `systemd-analyze verify` on the unit as installed; only the binary path points into
/// the extracted root (verify needs ExecStart to exist).
fn verify_unit(unit: &Path, root: &Path, work: &Path) {
    if Command::new("systemd-analyze")
        .arg("--version")
        .output()
        .is_err()
    {
        println!("systemd-analyze not installed: the unit was not verified");
        return;
    }
    let text = std::fs::read_to_string(unit).unwrap();
    let local = work.join("newshound.service");
    let exe = root.join("usr/bin/newshound");
    std::fs::write(
        &local,
        text.replace("/usr/bin/newshound", exe.to_str().unwrap()),
    )
    .unwrap();
    let out = Command::new("systemd-analyze")
        .arg("verify")
        .arg(&local)
        .output()
        .unwrap();
    let msg =
        String::from_utf8_lossy(&out.stderr).to_string() + &String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && !msg.contains("newshound.service:"),
        "systemd-analyze verify: {msg}"
    );
}

/// Every file of a directory tree, relative to it.
fn tree(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p.clone());
            }
            out.push(p.strip_prefix(dir).unwrap().to_path_buf());
        }
    }
    out.sort();
    out
}

/// The packaged config with its feed URLs pointed at `srv` (the [daemon] and [email]
/// parts, and the paths they leave out, stay as shipped).
fn with_local_feeds(shipped: &str, srv: &FeedServer) -> String {
    let mut n = 0;
    shipped
        .lines()
        .map(|l| {
            if l.starts_with("url = \"https://") {
                n += 1;
                format!("url = \"{}\"", srv.url(&format!("/feed{n}.xml")))
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The packaged binary as the unit runs it: working directory `cwd`, `$STATE_DIRECTORY`
/// set, started by systemd (`INVOCATION_ID`).
fn as_the_unit(root: &Path, cwd: &Path, state: &Path) -> Command {
    let mut c = Command::new(root.join("usr/bin/newshound"));
    c.current_dir(cwd)
        .env("STATE_DIRECTORY", state)
        .env("INVOCATION_ID", "0123456789abcdef")
        .env("RUST_LOG", "warn")
        .env_remove("NEWSHOUND_CONFIG");
    c
}

#[test]
fn the_package_installs_a_working_service() {
    let work = tempfile::tempdir().unwrap();
    let deb = build_deb(work.path());
    let root = work.path().join("root");
    let control = work.path().join("control");
    dpkg_deb("-x", &deb, &root);
    dpkg_deb("-e", &deb, &control);

    // contents
    let files = tree(&root);
    let unit = [
        "usr/lib/systemd/system/newshound.service",
        "lib/systemd/system/newshound.service",
    ]
    .iter()
    .map(|p| root.join(p))
    .find(|p| p.exists())
    .unwrap_or_else(|| panic!("no unit in {files:?}"));
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(root.join("usr/bin/newshound"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o111, 0o111, "binary not executable");
    }
    for p in [
        "etc/newshound/newshound.toml",
        "usr/share/doc/newshound/README.md",
        "usr/share/man/man1/newshound.1.gz",
        "usr/share/bash-completion/completions/newshound",
        "usr/share/zsh/vendor-completions/_newshound",
        "usr/share/fish/vendor_completions.d/newshound.fish",
    ] {
        assert!(root.join(p).is_file(), "{p} missing from {files:?}");
    }
    let conffiles = std::fs::read_to_string(control.join("conffiles")).unwrap_or_default();
    assert!(
        conffiles
            .lines()
            .any(|l| l.trim() == "/etc/newshound/newshound.toml"),
        "config not a conffile: {conffiles:?}"
    );
    let shipped = std::fs::read_to_string(root.join("etc/newshound/newshound.toml")).unwrap();
    assert_eq!(
        shipped,
        std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("config/newshound.toml")
        )
        .unwrap()
    );
    let bash = Command::new("bash")
        .arg("-n")
        .arg(root.join("usr/share/bash-completion/completions/newshound"))
        .status()
        .unwrap();
    assert!(bash.success(), "bash completion does not parse");
    let words =
        std::fs::read_to_string(root.join("usr/share/bash-completion/completions/newshound"))
            .unwrap();
    assert!(
        words.contains("check-config") && !words.contains("generate"),
        "completions: every command, no hidden one"
    );
    check_man_page(&root.join("usr/share/man/man1/newshound.1.gz"));
    verify_unit(&unit, &root, work.path());

    // the packaged config, unchanged, under the unit's conditions
    let state = work.path().join("var-lib-newshound");
    let config = root.join("etc/newshound/newshound.toml");
    let out = as_the_unit(&root, Path::new("/"), &state)
        .arg("--config")
        .arg(&config)
        .arg("check-config")
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(out.status.success(), "check-config: {stderr}");
    assert!(!stderr.contains("warning"), "{stderr}");
    assert!(
        stdout.contains(&format!("state in {}", state.display()))
            && stdout.contains(&format!("files in {}", state.join("mail").display())),
        "{stdout}"
    );

    // `once` with the feeds served on loopback writes only inside STATE_DIRECTORY
    let srv = FeedServer::start();
    for n in 1..=13 {
        srv.set(&format!("/feed{n}.xml"), &rss(&[]), "application/rss+xml");
    }
    srv.set("/feed1.xml", &rss(&[RECALL, QUIET]), "application/rss+xml");
    let local = work.path().join("local-feeds.toml");
    std::fs::write(&local, with_local_feeds(&shipped, &srv)).unwrap();
    let root_state_before = Path::new("/state").exists();
    let cwd = work.path().join("cwd");
    std::fs::create_dir(&cwd).unwrap();
    for dir in [Path::new("/"), cwd.as_path()] {
        let out = as_the_unit(&root, dir, &state)
            .env("NEWSHOUND_CONFIG", &local)
            .arg("once")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "once in {}: {err}", dir.display());
        assert!(
            err.contains("13 feed(s)") && err.contains("0 failed"),
            "{err}"
        );
    }
    assert_eq!(
        Path::new("/state").exists(),
        root_state_before,
        "once wrote /state"
    );
    assert!(
        tree(&cwd).is_empty(),
        "once wrote into its working directory: {:?}",
        tree(&cwd)
    );
    let written = tree(&state);
    assert!(
        written.contains(&PathBuf::from("newshound.sqlite")),
        "{written:?}"
    );
    let mails: Vec<_> = written
        .iter()
        .filter(|p| p.starts_with("mail") && p.extension().map(|x| x == "eml").unwrap_or(false))
        .collect();
    assert_eq!(
        mails.len(),
        1,
        "one alert expected in STATE_DIRECTORY/mail: {written:?}"
    );
}

#[test]
fn a_relative_path_under_systemd_is_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("newshound.toml");
    std::fs::write(
        &cfg,
        "[daemon]\nstate_dir = \"./state\"\n[[watchlist]]\nname = \"w\"\nkeywords = [\"talks\"]\n",
    )
    .unwrap();
    let run = |invocation: bool| {
        let mut c = Command::new(bin());
        c.current_dir("/")
            .arg("--config")
            .arg(&cfg)
            .arg("check-config");
        c.env_remove("INVOCATION_ID").env_remove("NOTIFY_SOCKET");
        if invocation {
            c.env("INVOCATION_ID", "0123456789abcdef");
        }
        c.output().unwrap()
    };
    let out = run(true);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "a warning is not an error: {err}");
    assert!(
        err.contains("warning") && err.contains("state_dir") && err.contains("/state"),
        "{err}"
    );
    let out = run(false);
    assert!(
        String::from_utf8_lossy(&out.stderr).is_empty(),
        "no systemd, no warning"
    );
}
