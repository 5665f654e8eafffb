#!/usr/bin/env bash
# Makes the bundled audio: for each episode of the bundled catalog, a spoken narration of its
# title and summary (espeak-ng), encoded as mono Ogg Opus at about 24 kbit/s, named
# <episode id>.opus beside this script. Installs what it needs (EARMARK_NARRATION_PACKAGES in
# scripts/lib/common.sh) when missing.
# Usage: resources/audio/make-narrations.sh [CATALOG]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
catalog=${1:-$here/../catalog/ai-training.json}

# shellcheck source=../../scripts/lib/common.sh
. "$here/../../scripts/lib/common.sh"
earmark_install "${EARMARK_NARRATION_PACKAGES[@]}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One record a line: id, tab, text to speak.
python3 - "$catalog" >"$work/episodes.tsv" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    catalog = json.load(f)
for e in catalog["episodes"]:
    text = e["title"].replace("—", ",") + ". " + e.get("summary", "")
    print(e["id"] + "\t" + " ".join(text.split()))
PY

count=0
while IFS=$'\t' read -r id text; do
    espeak-ng -v en-us -s 160 -w "$work/$id.wav" -- "$text"
    # A serial number from the id (instead of a random one) makes the output reproducible.
    serial=$(printf '%s' "$id" | cksum | cut -d' ' -f1)
    opusenc --quiet --bitrate 24 --downmix-mono --comp 10 --serial "$serial" \
        --title "$id" --artist "Earmark" "$work/$id.wav" "$here/$id.opus"
    count=$((count + 1))
done <"$work/episodes.tsv"
echo "make-narrations: wrote $count file(s) to $here"
