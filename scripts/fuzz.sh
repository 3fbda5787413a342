#!/usr/bin/env bash
# Fuzzes the whole per-document pipeline with libFuzzer for SECONDS (default 60): builds the target in
# FuzzTesting/ (release, -sanitize=fuzzer,address), regenerates the seed corpus and dictionary
# (scripts/fuzz-corpus.py), then runs. New interesting inputs accumulate in .fuzz/corpus; a crash
# leaves its input in .fuzz/artifacts/ and makes this script fail. Reproduce one with
#   FuzzTesting/.build/release/FuzzPipeline .fuzz/artifacts/crash-…
# Every crash becomes a regression test in the main test suite (docs/robustness.md).
#
# Environment: NEWSFACTS_FUZZ_DISK=N runs a real extraction + validate on disk for one input in N
# (default 8, 1 = all, 0 = none; see FuzzHarness.swift); FUZZ_ARGS adds libFuzzer options.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}

python3 scripts/fuzz-corpus.py .fuzz/seed-corpus .fuzz/newsfacts.dict
mkdir -p .fuzz/corpus .fuzz/artifacts
# SwiftPM passes --sanitize=fuzzer and --sanitize=address to the compiler as two flags, and the last one
# wins: the code would be built without coverage instrumentation ("no interesting inputs were found").
# The combined -Xswiftc flag comes last and instruments it; SwiftPM's own flags are still needed so that
# it links libFuzzer's main instead of the target's.
(cd FuzzTesting && swift build -c release --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address)

# -max_len: pages are longer than libFuzzer's default 4096 bytes, and the sentence cap (1000 characters)
# only shows beyond it. -timeout: one input taking 20 s is a hang (quadratic code), not slowness.
# shellcheck disable=SC2086
FuzzTesting/.build/release/FuzzPipeline .fuzz/corpus .fuzz/seed-corpus \
  -dict=.fuzz/newsfacts.dict -max_len=8192 -timeout=20 -rss_limit_mb=4096 \
  -artifact_prefix=.fuzz/artifacts/ -print_final_stats=1 -max_total_time="$seconds" ${FUZZ_ARGS:-}
