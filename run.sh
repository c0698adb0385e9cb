#!/usr/bin/env bash
# The run command (README): starts Azurite (Azure Table Storage emulator) on 127.0.0.1:10002 with its data under
# .azurite/, seeds a demo staff directory, and starts the local host at http://127.0.0.1:5080 (API, OpenAPI,
# SMS simulator). Extra arguments go to the host, e.g. ./run.sh --Hotline:Clock=Manual
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y nodejs npm
fi
[ -x node_modules/.bin/azurite-table ] || npm ci --no-audit --no-fund

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if port_open 10002; then
  echo "Azurite already listens on 127.0.0.1:10002; using it."
else
  mkdir -p .azurite
  node_modules/.bin/azurite-table --tableHost 127.0.0.1 --tablePort 10002 --location .azurite \
    --silent --skipApiVersionCheck --disableTelemetry &
  azurite=$!
  trap 'kill "$azurite" 2>/dev/null || true' EXIT
  for _ in $(seq 1 50); do port_open 10002 && break; sleep 0.2; done
  port_open 10002 || { echo "Azurite did not start"; exit 1; }
fi

dotnet run --project functions/Hotline.Local -c Release -- --urls "${HOTLINE_URL:-http://127.0.0.1:5080}" "$@"
