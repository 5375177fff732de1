#!/usr/bin/env bash
# Build and run all UtmStudio tests on a fresh Debian machine with the .NET SDK.
#
# Usage: ./test.sh [extra dotnet test args...]     e.g. ./test.sh --filter Category=Unit
#
# Installs what the tests need (Debian chromium for the E2E tests, PostgreSQL
# server binaries for the test fixtures' private cluster), builds Release,
# runs `dotnet test` with TRX output into TestResults/run-<timestamp>/, and
# always ends with the line "N passed, N failed[, N skipped]".
# Exit code is non-zero if the build or dotnet test failed, any test failed,
# or no test ran. The fixtures start their own PostgreSQL and app, so the dev
# cluster (db/start.sh) is not needed here.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
repo="$PWD"
start_ts=$(date +%s)

# ------------------------------------------------------------ final summary
summary="0 passed, 0 failed"
summary_printed=0
print_final() {
    local secs=$(( $(date +%s) - start_ts ))
    echo "Elapsed: $((secs / 60))m $((secs % 60))s"
    echo "$summary"
    summary_printed=1
}
# Whatever kills the script early (apt, build, set -e), the summary line is
# still the very last line of output.
on_exit() {
    local rc=$?
    if [[ $summary_printed -eq 0 ]]; then
        echo "test.sh: aborted (exit $rc) before tests ran."
        print_final
    fi
}
trap on_exit EXIT

# ------------------------------------------------------------ prerequisites
command -v dotnet >/dev/null 2>&1 || {
    echo "ERROR: the .NET SDK (dotnet) is not on PATH; install it first (see global.json for the version)." >&2
    exit 1
}

find_pg_bin() {  # same search order as db/env.sh
    local d
    if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then echo /usr/lib/postgresql/15/bin; return 0; fi
    d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [[ -n "$d" && -x "$d/initdb" ]]; then echo "$d"; return 0; fi
    if command -v pg_config >/dev/null 2>&1; then
        d="$(pg_config --bindir 2>/dev/null || true)"
        if [[ -n "$d" && -x "$d/initdb" ]]; then echo "$d"; return 0; fi
    fi
}

packages=()
[[ -x /usr/bin/chromium ]] || packages+=(chromium)
[[ -n "$(find_pg_bin)" ]] || packages+=(postgresql)
# Node.js for the OpenAPI document's lint (ApiDocumentLintTests runs Redocly CLI with npx).
command -v npx >/dev/null 2>&1 || packages+=(nodejs npm)
if [[ ${#packages[@]} -gt 0 ]]; then
    echo "==> Installing Debian packages: ${packages[*]}"
    if [[ $(id -u) -eq 0 ]]; then
        as_root=()
    elif command -v sudo >/dev/null 2>&1; then
        as_root=(sudo)
    else
        echo "ERROR: need root or sudo to run: apt-get install -y ${packages[*]}" >&2
        exit 1
    fi
    # One apt-get update for everything, then a non-interactive install.
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${packages[@]}"
fi
# Hint for the test fixtures (same variable db/env.sh uses).
UTMSTUDIO_PG_BIN="${UTMSTUDIO_PG_BIN:-$(find_pg_bin)}"
export UTMSTUDIO_PG_BIN

if [[ -f .config/dotnet-tools.json ]]; then
    echo "==> dotnet tool restore"
    dotnet tool restore
fi

# .NET 10's `dotnet new sln` writes .slnx; accept either.
if [[ -f UtmStudio.sln ]]; then sln=UtmStudio.sln
elif [[ -f UtmStudio.slnx ]]; then sln=UtmStudio.slnx
else echo "ERROR: no UtmStudio.sln (or .slnx) in $repo" >&2; exit 1
fi

# ------------------------------------------------------------ build
echo "==> dotnet build $sln -c Release"
build_rc=0
dotnet build "$sln" -c Release -nologo || build_rc=$?
if [[ $build_rc -ne 0 ]]; then
    echo "BUILD FAILED (exit $build_rc)"
    print_final
    exit "$build_rc"
fi

# ------------------------------------------------------------ test
results="$repo/TestResults/run-$(date +%Y%m%d-%H%M%S)"
[[ -e "$results" ]] && results="$results-$$"
mkdir -p "$results"
echo "==> dotnet test (results: ${results#"$repo"/})"
# Benchmarks (Category=Benchmark) are measurements that ./bench.sh runs, not tests: they are left out here,
# also when a --filter is given (it is combined with the exclusion).
# ./bench.sh (UTMSTUDIO_BENCHMARKS=only) turns it round: only benchmarks, a --filter picking among them.
category="Category!=Benchmark"
[[ "${UTMSTUDIO_BENCHMARKS:-}" == "only" ]] && category="Category=Benchmark"
args=()
filtered=0
while [[ $# -gt 0 ]]; do
    if [[ "$1" == "--filter" && $# -ge 2 ]]; then
        args+=(--filter "($2)&$category"); filtered=1; shift 2
    else
        args+=("$1"); shift
    fi
done
[[ $filtered -eq 1 ]] || args+=(--filter "$category")
# A benchmark measures the machine, so it gets the machine: one test project at a time (-m:1) and one benchmark
# class at a time inside it (xunit otherwise runs classes side by side, and the ingestion and dashboard figures
# of a combined run came out half of what each gives alone).
if [[ "${UTMSTUDIO_BENCHMARKS:-}" == "only" ]]; then
    args=(-m:1 "${args[@]}" -- xUnit.ParallelizeTestCollections=false)
fi
# Capture the exit code instead of letting set -e end the script here.
test_rc=0
dotnet test "$sln" -c Release --no-build --logger "trx" --results-directory "$results" "${args[@]}" || test_rc=$?

# ------------------------------------------------------------ summary
echo "==> Test results (TRX):"
trx_rc=0
summary="$("$repo/.ci/trx-summary.sh" "$results")" || trx_rc=$?

rc=0
if [[ $test_rc -ne 0 ]]; then
    echo "FAILED: dotnet test exited with code $test_rc"
    rc=$test_rc
fi
case $trx_rc in
    0) ;;
    1) echo "FAILED: some tests failed" ;;
    2) echo "FAILED: no tests ran" ;;
    *) echo "FAILED: could not read the TRX files (exit $trx_rc)" ;;
esac
# Keep dotnet test's own exit code when it has one, else fail with 1.
if [[ $trx_rc -ne 0 && $rc -eq 0 ]]; then rc=1; fi
print_final
exit "$rc"
