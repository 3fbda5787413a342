#!/usr/bin/env bash
# The test command: builds and runs every test (unit, golden, end-to-end).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build
swift test
