#!/usr/bin/env bash
# The test command (README): makes sure the e2e browser is there, builds with warnings as errors, runs every test project.
set -euo pipefail
cd "$(dirname "$0")"

# e2e drives Debian's Chromium: Playwright cannot download its own browser on a closed network.
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "==> installing Debian's chromium for the e2e tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The e2e tests need Debian's chromium at /usr/bin/chromium; as root run: apt-get install -y chromium" >&2
    exit 1
  fi
fi

# The cluster tests (feeds, presence, drafts, the meeting lock, Data Protection keys) start private redis-servers on loopback.
if ! command -v redis-server >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "==> installing redis-server for the cluster tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  else
    echo "The cluster tests need redis-server; as root run: apt-get install -y redis-server" >&2
    exit 1
  fi
fi

echo "==> build"
dotnet build Jusoteki.sln -warnaserror -nologo -v quiet

# One project at a time: the e2e server and browser get the machine's two cores to themselves.
passed=0 failed=0 status=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for project in tests/*/*.csproj e2e/*/*.csproj; do
  echo "==> test $project"
  if ! dotnet test "$project" --no-build -nologo 2>&1 | tee "$log"; then status=1; fi
  summary=$(grep -E '^(Passed|Failed)!' "$log" | tail -n 1 || true)
  [ -n "$summary" ] || { echo "no test summary from $project" >&2; status=1; }
  p=$(sed -n 's/.*Passed: *\([0-9]*\).*/\1/p' <<<"$summary" | head -n 1)
  f=$(sed -n 's/.*Failed: *\([0-9]*\).*/\1/p' <<<"$summary" | head -n 1)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

# The benchmark is not a timed test: CI only proves that it still runs (README: the full command and its last figures).
echo "==> benchmark smoke (--quick)"
if ! dotnet run --project bench/Jusoteki.Bench --no-build -- --quick; then echo "benchmark smoke failed" >&2; status=1; fi

echo "Tests: $passed passed, $failed failed"
exit $status
