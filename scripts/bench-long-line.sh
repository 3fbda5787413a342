#!/usr/bin/env bash
# Memory on one huge file: a single line of SIZE_MB megabytes without a line break (the seeds' text with
# its line breaks removed, repeated), through the release build with all three formats. Prints wall time,
# MB/s, peak RSS (/usr/bin/time -v) and, as the reference, `wc -m` over the same file.
#
#   scripts/bench-long-line.sh [SIZE_MB ...]      default: 100 500
#
# Large files are read, decoded and processed in 1 MiB windows (docs/scale.md), so peak memory should
# not depend on SIZE_MB. Uses bench/ (gitignored) like scripts/bench.sh; BENCH_NO_BUILD=1 skips the build.
#
# LONG_LINE_CHECK=1 makes it a test (CI runs it for the 100 MB file of issue 7, which the debug build of
# the test suite would take minutes over): it writes JSON Lines only, then fails unless extract exited 0,
# the document is `ok` with facts, `newsfacts validate` passes and peak RSS stayed under
# LONG_LINE_MAX_RSS_MIB (default 300).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 500)
bench=${BENCH_DIR:-$root/bench}
mkdir -p "$bench"
tool=$root/.build/release/newsfacts
if [ "${BENCH_NO_BUILD:-}" != 1 ]; then
    swift build -c release 2>&1 | tail -1
fi
for size in "${sizes[@]}"; do
    input="$bench/long-line-${size}MB"
    file="$input/long-line.txt"
    if [ ! -s "$file" ]; then
        mkdir -p "$input"
        python3 - "$file" "$size" seeds <<'PY'
import os, sys
path, size, seeds = sys.argv[1], int(sys.argv[2]) * 1_000_000, sys.argv[3]
text = "".join(open(os.path.join(seeds, n), encoding="utf-8").read() for n in sorted(os.listdir(seeds)) if n.endswith(".txt"))
text = text.replace("\r", "").replace("\n", "").encode("utf-8")
with open(path, "wb") as out:
    written = 0
    while written < size:
        piece = text[: size - written]
        # Cut at a character boundary: the file stays valid UTF-8.
        while piece and len(piece) < len(text) and (text[len(piece)] & 0xC0) == 0x80:
            piece = piece[:-1]
        if not piece:
            break
        out.write(piece)
        written += len(piece)
PY
    fi
    bytes=$(stat -c %s "$file")
    lines=$(wc -l < "$file")
    out="$bench/out-long-line"
    rm -rf "$out"
    echo "== one line of $((bytes / 1000000)) MB ($lines line breaks)"
    formats=()
    [ "${LONG_LINE_CHECK:-}" = 1 ] && formats=(--format jsonl)
    code=0
    /usr/bin/time -v -o "$bench/time.out" "$tool" extract "$input" --out "$out" --quiet "${formats[@]}" || code=$?
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$bench/time.out")
    peak_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$bench/time.out")
    seconds=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
    status=$(grep -o '"status":"[a-z]*"' "$out/documents.jsonl" | head -1)
    facts=$(wc -l < "$out/facts.jsonl")
    start=$(date +%s.%N)
    LC_ALL=C.UTF-8 wc -m "$file" > /dev/null
    wc_seconds=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
    awk -v b="$bytes" -v s="$seconds" -v kb="$peak_kb" -v w="$wc_seconds" -v f="$facts" -v st="$status" 'BEGIN {
        printf "  wall %.1f s, %.1f MB/s, peak RSS %.1f MiB, %d facts, document %s\n", s, b / 1e6 / s, kb / 1024, f, st
        printf "  wc -m %.2f s; ratio %.1f x\n", w, s / w }'
    if [ "${LONG_LINE_CHECK:-}" = 1 ]; then
        max=${LONG_LINE_MAX_RSS_MIB:-300}
        fail() { echo "long-line check FAILED: $*" >&2; exit 1; }
        [ "$code" = 0 ] || fail "extract exited $code"
        [ "$status" = '"status":"ok"' ] || fail "document $status"
        [ "$facts" -gt 0 ] || fail "no facts"
        [ $((peak_kb / 1024)) -lt "$max" ] || fail "peak RSS $((peak_kb / 1024)) MiB >= $max MiB"
        "$tool" validate "$out" --quiet || fail "validate found problems"
        echo "  long-line check passed: exit 0, document ok, validate passes, peak RSS under $max MiB"
    fi
    [ "${BENCH_KEEP:-}" = 1 ] || rm -rf "$out"
done
