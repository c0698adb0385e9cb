#!/usr/bin/env bash
# The test command (README): builds the whole solution (the Functions app included) and runs every test, including the ones against a real
# Azurite that the tests start themselves on free 127.0.0.1 ports. Installs what is missing. Ends with one line
# "N passed, M failed" counted from the test runs' TRX results.
set -uo pipefail
cd "$(dirname "$0")"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y nodejs npm
fi
if [ ! -x node_modules/.bin/azurite ]; then
  npm ci --no-audit --no-fund || exit 1
fi
# The web console's browser test drives the system Chromium (Playwright never downloads a browser here).
if [ ! -x /usr/bin/chromium ]; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi
# Chinese text in the console screenshots and the printed forms needs a CJK font (Noto CJK is Debian's).
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y fonts-noto-cjk
fi

results=.artifacts/test-results
rm -rf "$results" && mkdir -p "$results"
dotnet test Hotline.Functions.sln --logger trx --results-directory "$results" "$@"
status=$?

passed=0; failed=0; runs=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); runs=$((runs + 1))
done
# A build failure produces no results: count it as a failure rather than report a clean run.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$runs" -eq 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
exit "$status"
