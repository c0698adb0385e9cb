#!/usr/bin/env bash
# The benchmark command (README): intake throughput, storage requests per case, wake-up lateness and memory of the
# local durable runner, against a private Azurite it starts itself on a free 127.0.0.1 port and against the
# in-memory store. Installs what is missing. Builds and runs in Release; takes about 5-10 minutes on 2 cores.
# Arguments go to the benchmark, e.g. ./bench.sh --quick   (see ./bench.sh --help for the options)
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y nodejs npm
fi
[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund

dotnet run --project tests/Hotline.Benchmarks -c Release -- "$@"
