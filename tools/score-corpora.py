#!/usr/bin/env python3
"""Score every labelled corpus of a folder with `newshound replay --json`, in parallel.

Writes {corpus name: score} to OUT; with PREV (an earlier OUT) prints the totals before and
after and every corpus whose matched, false or B³ F1 moved: the check to run on every
corpus after any change of the analysis. With --floors it also lists the corpora below the
bar or below their floor in tests/corpus.rs (what `cargo test --test corpus` would fail).

Usage: score-corpora.py BIN OUT [PREV] [--dir tests/corpus] [--floors]
"""
import argparse, json, os, re, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor

KEYS = ["dev_precision", "dev_recall", "story_b3_f1", "topic_precision", "topic_recall"]
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def replay(binary, config, path):
    env = {k: v for k, v in os.environ.items() if k != "NEWSHOUND_CONFIG"}
    r = subprocess.run([binary, "--config", config, "replay", "--json", path],
                       capture_output=True, text=True, env=env)
    name = os.path.basename(path)[:-5]
    if r.returncode != 0:
        print(f"replay of {path} failed: {r.stderr[-400:]}", file=sys.stderr)
        return name, None
    return name, json.loads(r.stdout)["score"]


def count(score, key):
    v = score.get(key)
    return v if isinstance(v, int) else len(v or [])


def totals(scores, names):
    mean = {k: sum(scores[n][k] for n in names) / max(len(names), 1) for k in KEYS}
    return mean, sum(count(scores[n], "matched") for n in names), sum(count(scores[n], "false") for n in names)


def floors():
    src = open(os.path.join(HERE, "tests", "corpus.rs"), encoding="utf-8").read()
    bar = tuple(float(x) for x in re.search(r"const BAR: \(f64, f64, f64\) = \(([\d.]+), ([\d.]+), ([\d.]+)\)", src).groups())
    pat = r'\(\s*"([^"]+)\.json",\s*\(([\d.]+),\s*([\d.]+),\s*([\d.]+)\)\s*,?\s*\)'
    return bar, {m.group(1): tuple(float(x) for x in m.group(2, 3, 4)) for m in re.finditer(pat, src)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bin"); ap.add_argument("out"); ap.add_argument("prev", nargs="?")
    ap.add_argument("--dir", default=os.path.join(HERE, "tests", "corpus"))
    ap.add_argument("--floors", action="store_true")
    a = ap.parse_args()
    with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False) as cfg:
        pass  # an empty config: each corpus brings its own watchlist
    files = sorted(os.path.join(a.dir, f) for f in os.listdir(a.dir) if f.endswith(".json"))
    with ThreadPoolExecutor(os.cpu_count() or 2) as ex:
        scores = dict(ex.map(lambda p: replay(os.path.abspath(a.bin), cfg.name, p), files))
    os.unlink(cfg.name)
    json.dump(scores, open(a.out, "w"), indent=0)
    names = [n for n, s in scores.items() if s]
    mean, m, f = totals(scores, names)
    print(len(names), " ".join(f"{k}={v:.3f}" for k, v in mean.items()), f"matched {m} false {f}")
    if a.prev:
        prev = json.load(open(a.prev))
        common = [n for n in names if prev.get(n)]
        (pm, pmat, pf), (nm, nmat, nf) = totals(prev, common), totals(scores, common)
        print("on the", len(common), "of the previous run:",
              " ".join(f"{k} {pm[k]:.3f}->{nm[k]:.3f}" for k in KEYS), f"matched {pmat}->{nmat} false {pf}->{nf}")
        for n in common:
            a_, b_ = prev[n], scores[n]
            if (count(a_, "matched"), count(a_, "false"), round(a_["story_b3_f1"], 3)) != (count(b_, "matched"), count(b_, "false"), round(b_["story_b3_f1"], 3)):
                print(f"  {n}: matched {count(a_, 'matched')}->{count(b_, 'matched')} false {count(a_, 'false')}->{count(b_, 'false')} B3 {a_['story_b3_f1']:.2f}->{b_['story_b3_f1']:.2f}")
    if a.floors:
        bar, fl = floors()
        below = 0
        for n in names:
            b = fl.get(n, bar); s = scores[n]
            v = (s["dev_precision"], s["dev_recall"], s["story_b3_f1"])
            if any(v[i] < b[i] - 1e-9 for i in range(3)):
                below += 1
                print(f"  BELOW {n}: P {v[0]:.2f} R {v[1]:.2f} B3 {v[2]:.2f} (floor {b})")
        print("below the bar or floor:", below)


if __name__ == "__main__":
    main()
