#!/usr/bin/env bash
# Makes the bundled course's audio, transcripts and chapters from the lesson scripts
# (resources/lessons/<id>.txt): installs what it needs when missing (EARMARK_NARRATION_PACKAGES in
# scripts/lib/common.sh), narrates every lesson with resources/lessons/make-lessons.py (Festival,
# HTS voice cmu_us_slt_arctic_hts; Opus, mono, 22 kbit/s, a fixed Ogg serial per lesson), then
# regenerates the catalog so that it carries the measured chapters.
# Usage: resources/audio/make-narrations.sh [LESSON_ID ...]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
seed=${EARMARK_SEED:-$root/../shared/seed/ai-training-episodes.txt}

# shellcheck source=../../scripts/lib/common.sh
. "$root/scripts/lib/common.sh"
earmark_install "${EARMARK_NARRATION_PACKAGES[@]}"

python3 "$root/resources/lessons/make-lessons.py" "$@"
python3 "$root/scripts/seed-to-catalog.py" "$seed" >"$root/resources/catalog/ai-training.json"
echo "make-narrations: done; the catalog is regenerated from $seed"
