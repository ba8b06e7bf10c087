#!/usr/bin/env bash
# Runs the cargo-fuzz targets in fuzz/ (libFuzzer, nightly toolchain) for a fixed
# time each, starting from the committed seed corpora in fuzz/corpus/.
#
#   scripts/fuzz.sh                   every target, 10 minutes each (a developer run)
#   scripts/fuzz.sh -t 30             every target, 30 seconds each (what CI runs)
#   scripts/fuzz.sh -t 600 badge_scan batch_leads
#   scripts/fuzz.sh -t 600 -k ...     keep what the run found in fuzz/corpus/ (then
#                                     minimise with -m before committing)
#   scripts/fuzz.sh -m                minimise every committed corpus in place
#
# New inputs go to a temporary corpus unless -k is given, so a run leaves the
# checkout as it was. Any crash or property failure (a panic in a target) fails
# the run: its input is kept under fuzz/artifacts/<target>/ and printed, ready
# for `cargo +nightly fuzz run <target> <file>` and a unit test next to the code.
# Each target's figures (executions, corpus size, coverage cov/ft) are printed at
# the end and written to fuzz/results/<target>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=600
keep=
minimise=
while getopts "t:km" opt; do
    case $opt in
        t) seconds=$OPTARG ;;
        k) keep=1 ;;
        m) minimise=1 ;;
        *) sed -n '2,18p' "$0" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))

toolchain=${LEADBOOTH_FUZZ_TOOLCHAIN:-nightly}
fuzz=(cargo "+$toolchain" fuzz)
# No sanitizer: the crate forbids unsafe code, so AddressSanitizer would find
# nothing the panics don't, at twice the time; debug assertions catch overflow.
build_flags=(--sanitizer none --release --debug-assertions)

if [ "$#" -gt 0 ]; then
    targets=("$@")
else
    mapfile -t targets < <("${fuzz[@]}" list)
fi

"${fuzz[@]}" build "${build_flags[@]}"

work=$(mktemp -d "${TMPDIR:-/tmp}/leadbooth-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p fuzz/results
failed=()

if [ -n "$minimise" ]; then
    for t in "${targets[@]}"; do
        mkdir -p "$work/$t"
        "${fuzz[@]}" run "${build_flags[@]}" "$t" "$work/$t" "fuzz/corpus/$t" \
            -- -merge=1 -rss_limit_mb=2048 >"$work/$t.log" 2>&1
        rm -rf "fuzz/corpus/$t"
        mv "$work/$t" "fuzz/corpus/$t"
        echo "$t: $(find "fuzz/corpus/$t" -type f | wc -l) inputs after minimising"
    done
    exit 0
fi

for t in "${targets[@]}"; do
    corpus=("fuzz/corpus/$t")
    if [ -z "$keep" ]; then
        mkdir -p "$work/corpus/$t"
        corpus=("$work/corpus/$t" "fuzz/corpus/$t")
    fi
    mkdir -p "fuzz/artifacts/$t"
    log="$work/$t.log"
    echo "== $t: ${seconds}s"
    status=0
    "${fuzz[@]}" run "${build_flags[@]}" "$t" "${corpus[@]}" -- \
        -max_total_time="$seconds" -rss_limit_mb=2048 -malloc_limit_mb=1024 \
        -timeout=20 -print_final_stats=1 \
        -artifact_prefix="fuzz/artifacts/$t/" >"$log" 2>&1 || status=$?
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    last=$(grep -E '^#[0-9]+' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' <<<"$last" | grep -o '[0-9]*' || echo "?")
    ft=$(grep -o 'ft: [0-9]*' <<<"$last" | grep -o '[0-9]*' || echo "?")
    units=$(grep -o 'corp: [0-9]*' <<<"$last" | grep -o '[0-9]*' || echo "?")
    line="$t: ${seconds}s, $execs executions, corpus $units inputs, cov $cov, ft $ft"
    if [ "$status" -ne 0 ]; then
        failed+=("$t")
        line="$line, FAILED (exit $status)"
        echo "---- $t failed; the end of its log:"
        grep -v '^#[0-9]' "$log" | grep -B2 -A8 -m3 -E 'panicked|ERROR: libFuzzer|==[0-9]+==' || true
        for a in "fuzz/artifacts/$t"/*; do
            [ -f "$a" ] || continue
            echo "---- input $a ($(wc -c <"$a") bytes)"
            [ "$(wc -c <"$a")" -le 1024 ] && base64 "$a"
        done
    fi
    echo "$line"
    echo "$line" >"fuzz/results/$t.txt"
done

echo "== figures"
for t in "${targets[@]}"; do cat "fuzz/results/$t.txt"; done
if [ "${#failed[@]}" -gt 0 ]; then
    echo "fuzz: crash or property failure in: ${failed[*]}" >&2
    exit 1
fi
