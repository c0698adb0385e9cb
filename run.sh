#!/usr/bin/env bash
# The run command (README): starts Azurite (the Azure Storage emulator: blob, queue and table services, telemetry off) on
# 127.0.0.1 with its data under .azurite/ (git-ignored), asks for the demo (--Hotline:Demo=true: a demo staff directory with
# well-known API keys, and the SMS simulator; HOTLINE_DEMO=0 leaves it out), and starts the local host at
# http://127.0.0.1:5080: the API, OpenAPI, the web console, the SMS simulator, and the Durable Task Framework engine
# that runs every case's orchestration on that storage. Extra arguments go to the host, e.g. ./run.sh --Hotline:Clock=Manual
#
# Ports and folder are configurable, e.g. for a second instance beside the first:
#   AZURITE_BLOB_PORT=10010 AZURITE_QUEUE_PORT=10011 AZURITE_TABLE_PORT=10012 AZURITE_DATA=.azurite2 \
#   HOTLINE_URL=http://127.0.0.1:5081 ./run.sh --Hotline:Durable:WorkerId=second
set -euo pipefail
cd "$(dirname "$0")"

blob=${AZURITE_BLOB_PORT:-10000}; queue=${AZURITE_QUEUE_PORT:-10001}; table=${AZURITE_TABLE_PORT:-10002}
data=${AZURITE_DATA:-.azurite}

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y nodejs npm
fi
[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if port_open "$blob" && port_open "$queue" && port_open "$table"; then
  echo "Azurite already listens on 127.0.0.1:$blob/$queue/$table; using it."
else
  mkdir -p "$data"
  node_modules/.bin/azurite --blobHost 127.0.0.1 --blobPort "$blob" --queueHost 127.0.0.1 --queuePort "$queue" \
    --tableHost 127.0.0.1 --tablePort "$table" --location "$data" \
    --silent --skipApiVersionCheck --disableProductStyleUrl --disableTelemetry &
  azurite=$!
  trap 'kill "$azurite" 2>/dev/null || true' EXIT
  for _ in $(seq 1 100); do port_open "$blob" && port_open "$queue" && port_open "$table" && break; sleep 0.2; done
  port_open "$table" || { echo "Azurite did not start"; exit 1; }
fi

account="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
storage="$account;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"
dotnet run --project functions/Hotline.Local -c Release -- --urls "${HOTLINE_URL:-http://127.0.0.1:5080}" --Hotline:Tables="$storage" \
  --Hotline:Demo="$([ "${HOTLINE_DEMO:-1}" = 0 ] && echo false || echo true)" "$@"
