#!/usr/bin/env bash
# Sum the <Counters .../> of TRX (VSTest result) files and print one line:
#   "N passed, N failed"            or  "N passed, N failed, N skipped"
# Usage: .ci/trx-summary.sh DIR|FILE.trx...   (directories are searched recursively)
# Per-file counts go to stderr; the summary line is the only stdout output.
# Exit: 0 = tests ran and none failed, 1 = some failed, 2 = no tests ran / no TRX found.
# Plain awk (works with Debian's mawk), so no python/xmllint is needed.
set -euo pipefail

files=()
for arg in "$@"; do
    if [[ -d "$arg" ]]; then
        while IFS= read -r -d '' f; do files+=("$f"); done \
            < <(find "$arg" -type f -name '*.trx' -print0 | sort -z)
    elif [[ -f "$arg" ]]; then
        files+=("$arg")
    else
        echo "trx-summary: no such file or directory: $arg" >&2
    fi
done

# Prints "passed failed skipped" for one TRX file.
# RS="<" makes every XML tag a record, so attribute order and line breaks inside
# the Counters element do not matter. Attributes may use ' or " quotes.
count_file() {
    awk -v q="'" '
        BEGIN { RS = "<"; re = "[A-Za-z]+=[\"" q "][0-9]+[\"" q "]" }
        /^Counters[ \t\r\n\/>]/ {
            rec = $0
            while (match(rec, re)) {
                kv = substr(rec, RSTART, RLENGTH)
                rec = substr(rec, RSTART + RLENGTH)
                eq = index(kv, "=")
                c[substr(kv, 1, eq - 1)] += substr(kv, eq + 2, length(kv) - eq - 2)
            }
        }
        END {
            # Errors, timeouts and aborted tests count as failures;
            # notExecuted is what VSTest reports for skipped tests.
            printf "%d %d %d\n", c["passed"] + c["passedButRunAborted"],
                c["failed"] + c["error"] + c["timeout"] + c["aborted"],
                c["notExecuted"]
        }' "$1"
}

passed=0 failed=0 skipped=0
for f in "${files[@]}"; do
    read -r p fl s < <(count_file "$f")
    echo "  $(basename "$f"): $p passed, $fl failed, $s skipped" >&2
    passed=$((passed + p)); failed=$((failed + fl)); skipped=$((skipped + s))
done
if [[ ${#files[@]} -eq 0 ]]; then
    echo "trx-summary: no *.trx files found in: $*" >&2
fi

line="$passed passed, $failed failed"
if [[ $skipped -gt 0 ]]; then line+=", $skipped skipped"; fi
echo "$line"

if [[ $failed -gt 0 ]]; then exit 1; fi
if [[ $((passed + failed)) -eq 0 ]]; then exit 2; fi
exit 0
