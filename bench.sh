#!/usr/bin/env bash
# The benchmark command (README, docs/benchmark.md): the bare Durable Task Framework engine next to the Hotline case
# orchestration (the real local host over HTTP), one after the other on one private Azurite it starts itself on free
# 127.0.0.1 ports: storage requests and CPU per lifecycle, memory per open case, intakes/s, first task SMS latency,
# signal-to-commit latency and timer lateness. Prints the table and writes it into docs/benchmark.md.
# Installs what is missing (Node/npm, then Azurite through npm ci). Builds and runs in Release.
#   ./bench.sh --quick         smoke run, ~2-3 minutes
#   ./bench.sh                 1,000 open cases, 120 s of load at 20 intakes/s and 10 timers/s (~10 minutes on 2 cores)
#   ./bench.sh --open 10000    the large run;  ./bench.sh --help for every option
#   ./bench.sh --reports       the report scenario alone: a month of 20,000 cases' report projections, reports timed
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y nodejs npm
fi
[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund

dotnet run --project tests/Hotline.Benchmarks -c Release -- "$@"
