#!/usr/bin/env bash
# Run UtmStudio's benchmarks and print their tables (figures go into docs/benchmarks.md by hand).
#
# Usage: ./bench.sh [--filter EXPR]   e.g. ./bench.sh --filter "FullyQualifiedName~RedirectBenchmark"
#
# Same set-up as ./test.sh (it is run with UTMSTUDIO_BENCHMARKS=only): a private PostgreSQL cluster, a Release
# build, Debian's Chromium. The benchmarks are xunit classes in the Benchmark category, which ./test.sh leaves
# out; each writes a Markdown table to TestResults/benchmarks/. They measure; they do not pass or fail on time.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
if ! command -v wrk >/dev/null 2>&1; then  # the redirect benchmark's load generator
    echo "==> Installing Debian package: wrk"
    if [[ $(id -u) -eq 0 ]]; then as_root=(); else as_root=(sudo); fi
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y wrk
fi
rm -rf TestResults/benchmarks
rc=0
UTMSTUDIO_BENCHMARKS=only ./test.sh "$@" || rc=$?
echo
echo "==> Benchmarks ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ))"
for table in TestResults/benchmarks/*.md; do
    [[ -f "$table" ]] || continue
    echo
    echo "## $(basename "$table" .md)"
    cat "$table"
done
exit $rc
