#!/usr/bin/env bash
# Writes tests/upgrade/release-0.1.0.sqlite (and the *.jsonl the old binary printed for
# it) with a released newshound binary, for tests/upgrade.rs. Run once per release whose
# store layout later versions must read:
#   tests/upgrade/make-fixture.sh /path/to/released/newshound
# The store holds: one feed, four items (two taken), two stories, two developments, one
# alert sent (file transport) and one still pending (its first SMTP attempt met a closed
# port).
set -euo pipefail
bin="$(realpath "$1")"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/www"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
closed=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 -m http.server --bind 127.0.0.1 "$port" --directory "$work/www" >/dev/null 2>&1 &
server=$!

item() { # guid hours-ago title description
    printf '<item><guid>%s</guid><title>%s</title><link>https://news.example/%s</link><pubDate>%s</pubDate><description>%s</description></item>' \
        "$1" "$3" "$1" "$(date -u -R -d "-$2 hours")" "$4"
}
feed() {
    printf '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire</title><link>https://news.example/</link><description>d</description>%s</channel></rss>' "$*" > "$work/www/feed.xml"
}
config() { # email section
    cat > "$work/newshound.toml" <<TOML
[daemon]
state_dir = "$work/state"
[alerts]
max_age = "30d"
$1
[[feed]]
url = "http://127.0.0.1:$port/feed.xml"
name = "Wire"
[[watchlist]]
name = "gaza"
recipients = ["desk@example.org"]
keywords = ["ceasefire", "truce", "talks", "negotiat*", "delegation", "proposal"]
context = ["Gaza", "Hamas"]
[watchlist.actors]
"Israel" = ["Israeli", "Netanyahu"]
"Hamas" = []
"Qatar" = ["Qatari"]
TOML
}
for _ in $(seq 50); do python3 -c "import socket; socket.create_connection(('127.0.0.1',$port))" 2>/dev/null && break; sleep 0.1; done

a=$(item y1 5 "Israel recalls its negotiating team from Doha talks" "Israel has withdrawn its delegation from the Gaza ceasefire talks, officials said.")
b=$(item x1 5 "Dutch coalition talks drag on" "Parties met.")
feed "$a$b"
config "[email]
transport = \"file\"
dir = \"$work/mail\""
"$bin" --config "$work/newshound.toml" once

sleep 2 # the server's Last-Modified has one-second resolution
c=$(item y2 2 "Hamas rejects the latest Gaza ceasefire proposal" "Hamas rejected the new ceasefire proposal presented by Qatari mediators on Tuesday.")
d=$(item y3 1 "Israeli team recalled from Gaza truce talks in Doha" "Israel recalled its delegation from the Gaza truce talks in Doha, officials said.")
feed "$a$b$c$d"
config "[email]
transport = \"smtp\"
host = \"127.0.0.1\"
port = $closed
tls = \"none\""
"$bin" --config "$work/newshound.toml" once

for what in stories developments alerts; do
    "$bin" --config "$work/newshound.toml" "$what" --json > "$here/release-0.1.0.$what.jsonl"
done
# the binary exits without closing its connection: fold the WAL into the file (content
# unchanged) so that one file is the whole store
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('PRAGMA wal_checkpoint(TRUNCATE)'); c.close()" "$work/state/newshound.sqlite"
cp "$work/state/newshound.sqlite" "$here/release-0.1.0.sqlite"
chmod 644 "$here/release-0.1.0.sqlite"
ls -l "$here"
