#!/usr/bin/env bash
# Checks that two builds of newsfacts write byte-identical outputs (every file but the manifest, whose
# times differ) over the same inputs: the test of a speed change, which must not change behaviour.
#
#   scripts/same-output.sh OLD_BINARY NEW_BINARY INPUT...
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 OLD_BINARY NEW_BINARY INPUT..." >&2; exit 2; }
old=$1 new=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for input in "$@"; do
    "$old" extract "$input" --out "$work/old" --quiet || [ $? -eq 3 ]
    "$new" extract "$input" --out "$work/new" --quiet || [ $? -eq 3 ]
    for f in "$work"/old/*; do
        name=$(basename "$f")
        [ "$name" = manifest.json ] && continue
        if ! cmp -s "$f" "$work/new/$name"; then
            echo "DIFFERENT: $input: $name"
            cmp "$f" "$work/new/$name" | head -1
            status=1
        fi
    done
    [ "$(ls "$work/old")" = "$(ls "$work/new")" ] || { echo "DIFFERENT: $input: file lists"; status=1; }
    [ $status -ne 0 ] || echo "same: $input ($(ls "$work/old" | wc -l) files, $(du -sh "$work/old" | cut -f1))"
    rm -rf "$work/old" "$work/new"
done
exit $status
