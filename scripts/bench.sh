#!/usr/bin/env bash
# The benchmark of issue 6: the release build over a generated corpus, all three output formats.
#
#   scripts/bench.sh [SIZE_MB ...]        default: 100 200
#
# For each size it prints MB/s, documents/s, peak RSS (/usr/bin/time -v), the wall time of
# `LC_ALL=C.UTF-8 wc -m` over the same files measured in the same run (the reference, with the ratio),
# and the CPU time per pipeline pass and per writer (NEWSFACTS_STAGE_TIMES=1). Then the start-up time on
# an empty folder (median of several runs) and how time and memory grow from the smallest size to the
# largest.
#
# The corpus (scripts/bench-corpus.py: seeds' paragraphs mixed, cut, recombined, numbers shifted, no two
# files identical; seeded, so every run reads the same bytes) is built once per size under bench/
# (gitignored), from seeds/ and, when present, the development set ../shared/dev/docs.
#
# Environment:
#   BENCH_DIR        where the corpus and outputs go (default: bench/ in the repository)
#   BENCH_NO_BUILD=1 use the existing .build/release/newsfacts
#   BENCH_ARGS       extra arguments for `newsfacts extract` (e.g. "--jobs 1")
#   BENCH_KEEP=1     keep the output folders (they are ~20x the corpus size)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 200)
bench=${BENCH_DIR:-$root/bench}
mkdir -p "$bench"
tool=$root/.build/release/newsfacts

if [ "${BENCH_NO_BUILD:-}" != 1 ]; then
    echo "== building the release binary"
    swift build -c release 2>&1 | tail -1
fi
[ -x "$tool" ] || { echo "bench: no $tool (build with swift build -c release)" >&2; exit 1; }

sources=("$root/seeds")
dev=${NEWSFACTS_DEV_DOCS:-$root/../shared/dev/docs}
if [ -d "$dev" ]; then sources+=("$dev"); fi
echo "== corpus sources: ${sources[*]}"

seconds() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

declare -A wall rss mode_seconds
for size in "${sizes[@]}"; do
    corpus=$bench/corpus-${size}MB
    if [ ! -f "$corpus/.complete" ]; then
        rm -rf "$corpus"
        python3 "$root/scripts/bench-corpus.py" --out "$corpus" --megabytes "$size" "${sources[@]}"
        touch "$corpus/.complete"
    fi
    list=$bench/files-${size}MB.list
    find "$corpus" -name '*.txt' -print0 | sort -z > "$list"
    files=$(tr -cd '\0' < "$list" | wc -c)
    bytes=$(du -sb --apparent-size "$corpus" | cut -f1)
    megabytes=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
    echo
    echo "== ${size} MB corpus: $files files, $megabytes MB"

    # Warm the page cache, so that both tools read from memory, then time wc -m (twice; the faster).
    xargs -0 cat < "$list" > /dev/null
    best=
    for _ in 1 2; do
        t0=$(seconds)
        LC_ALL=C.UTF-8 wc -m --files0-from="$list" > "$bench/wc.out"
        t1=$(seconds)
        t=$(elapsed "$t0" "$t1")
        if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$t; fi
    done
    wc_seconds=$best
    characters=$(tail -1 "$bench/wc.out" | awk '{ print $1 }')

    out=$bench/out-${size}MB
    rm -rf "$out"
    # shellcheck disable=SC2086
    NEWSFACTS_STAGE_TIMES=1 /usr/bin/time -v -o "$bench/time.out" \
        "$tool" extract "$corpus" --out "$out" --format jsonl,csv,xml ${BENCH_ARGS:-} 2> "$bench/run.err" || {
        status=$?
        # Exit 3 (documents failed or records rejected) still wrote every output; anything else is a failure.
        if [ $status -ne 3 ]; then cat "$bench/run.err" >&2; exit $status; fi
    }
    run_seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$bench/time.out")
    user=$(awk -F': ' '/User time/ { print $2 }' "$bench/time.out")
    sys=$(awk -F': ' '/System time/ { print $2 }' "$bench/time.out")
    peak_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$bench/time.out")
    output_bytes=$(du -sb --apparent-size "$out" | cut -f1)
    wall[$size]=$run_seconds
    rss[$size]=$peak_kb

    echo "newsfacts: $(grep '^newsfacts:' "$bench/run.err" | sed 's/^newsfacts: //')"
    awk -v mb="$megabytes" -v s="$run_seconds" -v f="$files" -v u="$user" -v y="$sys" -v kb="$peak_kb" \
        -v wc="$wc_seconds" -v ch="$characters" -v ob="$output_bytes" 'BEGIN {
        printf "  wall %.2f s (user %.2f s, sys %.2f s)\n", s, u, y
        printf "  throughput   %8.1f MB/s   %8.0f documents/s\n", mb / s, f / s
        printf "  peak RSS     %8.1f MiB\n", kb / 1024
        printf "  output       %8.1f MB (%.1fx the input)\n", ob / 1e6, ob / (mb * 1e6)
        printf "  wc -m        %8.3f s (%d characters, %.1f MB/s)\n", wc, ch, mb / wc
        printf "  ratio        %8.2f x the wall time of wc -m\n", s / wc
    }'
    sed -n '/^stage times/,$p' "$bench/run.err" | sed 's/^/  /'
    [ "${BENCH_KEEP:-}" = 1 ] || rm -rf "$out"
done

echo
small=${sizes[0]}
echo "== entities on against facts alone (--no-entities), ${small} MB corpus, no stage timer"
for mode in entities facts-only; do
    extra=()
    [ "$mode" = facts-only ] && extra=(--no-entities)
    rm -rf "$bench/out-mode"
    t0=$(seconds)
    # shellcheck disable=SC2086
    "$tool" extract "$bench/corpus-${small}MB" --out "$bench/out-mode" --quiet "${extra[@]}" ${BENCH_ARGS:-} || true
    t1=$(seconds)
    mode_seconds[$mode]=$(elapsed "$t0" "$t1")
    printf '  %-10s %6.2f s\n' "$mode" "${mode_seconds[$mode]}"
done
rm -rf "$bench/out-mode"
awk -v a="${mode_seconds[entities]}" -v b="${mode_seconds[facts-only]}" 'BEGIN { printf "  ratio      %6.2f x (entities on / facts alone)\n", a / b }'

echo
echo "== start-up on an empty folder (median of 9 runs)"
empty=$bench/empty
mkdir -p "$empty"
times=()
for _ in 1 2 3 4 5 6 7 8 9; do
    rm -rf "$bench/out-empty"
    t0=$(seconds)
    "$tool" extract "$empty" --out "$bench/out-empty" --quiet
    t1=$(seconds)
    times+=("$(elapsed "$t0" "$t1")")
done
rm -rf "$bench/out-empty"
printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { printf "  median %.0f ms (min %.0f ms, max %.0f ms)\n", t[int((NR + 1) / 2)] * 1000, t[1] * 1000, t[NR] * 1000 }'

if [ ${#sizes[@]} -ge 2 ]; then
    small=${sizes[0]}
    large=${sizes[${#sizes[@]}-1]}
    echo
    echo "== growth from ${small} MB to ${large} MB"
    awk -v s1="$small" -v s2="$large" -v w1="${wall[$small]}" -v w2="${wall[$large]}" \
        -v r1="${rss[$small]}" -v r2="${rss[$large]}" 'BEGIN {
        printf "  size x%.2f: wall time x%.2f (linear would be x%.2f), peak RSS x%.2f (%.1f -> %.1f MiB)\n",
            s2 / s1, w2 / w1, s2 / s1, r2 / r1, r1 / 1024, r2 / 1024
    }'
fi
