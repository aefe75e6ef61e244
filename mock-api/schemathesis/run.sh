#!/usr/bin/env bash
# Schemathesis (pinned in scripts/ensure-tools.sh, installed in .venv) over every operation of the
# mock's /api/openapi.json, with every check; any finding fails. Bounded examples and a fixed
# generation keep it to about a minute and the same on every run.
#   mock-api/schemathesis/run.sh [path to the mock-api binary, default target/release/mock-api]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-target/release/mock-api}
[ -x "$bin" ] || { echo "schemathesis: $bin is missing: build the mock first" >&2; exit 1; }
[ -x .venv/bin/schemathesis ] || { echo "schemathesis: not installed: run scripts/ensure-tools.sh browser" >&2; exit 1; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$bin" --host 127.0.0.1 --port "$port" --people 300 --dist /nonexistent >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
.venv/bin/schemathesis --config-file mock-api/schemathesis/schemathesis.toml run \
  "http://127.0.0.1:$port/api/openapi.json" --wait-for-schema 30 --checks all \
  --max-examples 20 --generation-deterministic --workers 1 --no-color
