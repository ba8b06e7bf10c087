#!/usr/bin/env bash
# Runs the libFuzzer targets in fuzz/ for a fixed time each, starting from the
# committed seed corpora in fuzz/corpus/.
#
#   scripts/fuzz.sh                   every target, 10 minutes each (a developer run)
#   scripts/fuzz.sh -t 30             every target, 30 seconds each (what CI runs)
#   scripts/fuzz.sh -t 600 badge_scan batch_leads
#   scripts/fuzz.sh -t 600 -k ...     keep what the run found in fuzz/corpus/ (then
#                                     minimise with -m before committing)
#   scripts/fuzz.sh -m                minimise every committed corpus in place
#   scripts/fuzz.sh -j 1 ...          targets one at a time (default: one per core)
#
# It needs only the nightly toolchain (not cargo-fuzz): the targets are built
# with a plain `cargo +nightly build` of the fuzz crate and the flags cargo-fuzz
# 0.13 passes (`cargo fuzz build --sanitizer none --release --debug-assertions`
# builds the same binaries into the same folder, and `cargo fuzz run` works
# beside this script). Each target is then a libFuzzer binary, run directly.
#
# New inputs go to a temporary corpus unless -k is given, so a run leaves the
# checkout as it was. Any crash or property failure (a panic in a target), a
# timeout or running out of memory fails the run: the input is kept under
# fuzz/artifacts/<target>/ and printed, ready for
# `fuzz/target/<host>/release/<target> <file>` and a unit test next to the code.
# Each target's figures (executions, corpus size, coverage cov/ft) are printed
# at the end and written to fuzz/results/<target>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=600
keep=
minimise=
jobs=$(nproc 2>/dev/null || echo 1)
while getopts "t:kmj:" opt; do
    case $opt in
        t) seconds=$OPTARG ;;
        k) keep=1 ;;
        m) minimise=1 ;;
        j) jobs=$OPTARG ;;
        *) sed -n '2,25p' "$0" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))

toolchain=${LEADBOOTH_FUZZ_TOOLCHAIN:-nightly}
if ! cargo "+$toolchain" --version >/dev/null 2>&1; then
    echo "fuzz: the Rust $toolchain toolchain is not installed; libFuzzer's coverage" \
        "instrumentation needs it: rustup toolchain install $toolchain --profile minimal" >&2
    exit 2
fi
host=$(rustc "+$toolchain" -vV | sed -n 's/^host: //p')

if [ "$#" -gt 0 ]; then
    targets=("$@")
else
    targets=()
    for f in fuzz/fuzz_targets/*.rs; do
        t=${f##*/}
        targets+=("${t%.rs}")
    done
fi

# What cargo-fuzz 0.13 passes for `--sanitizer none --release --debug-assertions`.
# No sanitizer: the crate forbids unsafe code, so AddressSanitizer would find
# nothing the panics don't, at twice the time; debug assertions catch overflow.
flags=(
    -Cpasses=sancov-module
    -Cllvm-args=-sanitizer-coverage-level=4
    -Cllvm-args=-sanitizer-coverage-inline-8bit-counters
    -Cllvm-args=-sanitizer-coverage-pc-table
    -Cllvm-args=-sanitizer-coverage-trace-compares
    --cfg fuzzing
    -Cllvm-args=-simplifycfg-branch-fold-threshold=0
    -Cllvm-args=-sanitizer-coverage-stack-depth
    -Cdebug-assertions
    -Ccodegen-units=1
)
bins=()
for t in "${targets[@]}"; do bins+=(--bin "$t"); done
RUSTFLAGS="${flags[*]}" cargo "+$toolchain" build --locked --release \
    --manifest-path fuzz/Cargo.toml --target "$host" "${bins[@]}"
bin=fuzz/target/$host/release

work=$(mktemp -d "${TMPDIR:-/tmp}/leadbooth-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p fuzz/results

# Runs `$@` for each target, at most $jobs at once; each writes its own files.
each_target() {
    local t running=0
    for t in "${targets[@]}"; do
        if [ "$running" -ge "$jobs" ]; then
            wait -n || true
            running=$((running - 1))
        fi
        "$@" "$t" &
        running=$((running + 1))
    done
    wait || true
}

minimise_one() {
    local t=$1
    mkdir -p "$work/min/$t"
    "$bin/$t" -merge=1 -rss_limit_mb=2048 "$work/min/$t" "fuzz/corpus/$t" >"$work/$t.log" 2>&1
    rm -rf "fuzz/corpus/$t"
    mv "$work/min/$t" "fuzz/corpus/$t"
    echo "$t: $(find "fuzz/corpus/$t" -type f | wc -l) inputs after minimising"
}

if [ -n "$minimise" ]; then
    each_target minimise_one
    exit 0
fi

run_one() {
    local t=$1 status=0
    local corpus=("fuzz/corpus/$t")
    if [ -z "$keep" ]; then
        mkdir -p "$work/corpus/$t"
        corpus=("$work/corpus/$t" "fuzz/corpus/$t")
    fi
    mkdir -p "fuzz/artifacts/$t"
    "$bin/$t" -max_total_time="$seconds" -rss_limit_mb=2048 -malloc_limit_mb=1024 \
        -timeout=20 -print_final_stats=1 -artifact_prefix="fuzz/artifacts/$t/" \
        "${corpus[@]}" >"$work/$t.log" 2>&1 || status=$?
    echo "$status" >"$work/$t.status"
}

echo "== ${#targets[@]} targets, ${seconds}s each, $jobs at a time"
each_target run_one

failed=()
for t in "${targets[@]}"; do
    log="$work/$t.log"
    status=$(cat "$work/$t.status" 2>/dev/null || echo "?")
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    cov=$(grep -o 'cov: [0-9]*' <<<"$last" | grep -o '[0-9]*' || echo "?")
    ft=$(grep -o 'ft: [0-9]*' <<<"$last" | grep -o '[0-9]*' || echo "?")
    units=$(grep -o 'corp: [0-9]*' <<<"$last" | grep -o '[0-9]*' || echo "?")
    line="$t: ${seconds}s, $execs executions, corpus $units inputs, cov $cov, ft $ft"
    if [ "$status" != 0 ]; then
        failed+=("$t")
        line="$line, FAILED (exit $status)"
        echo "---- $t failed; the end of its log:"
        grep -v '^#[0-9]' "$log" | grep -B2 -A8 -m3 -E 'panicked|ERROR: libFuzzer|==[0-9]+==' || tail -20 "$log"
        for a in "fuzz/artifacts/$t"/*; do
            [ -f "$a" ] || continue
            echo "---- input $a ($(wc -c <"$a") bytes)"
            if [ "$(wc -c <"$a")" -le 1024 ]; then base64 "$a"; fi
        done
    fi
    echo "$line" >"fuzz/results/$t.txt"
done

echo "== figures"
for t in "${targets[@]}"; do cat "fuzz/results/$t.txt"; done
if [ "${#failed[@]}" -gt 0 ]; then
    echo "fuzz: crash or property failure in: ${failed[*]}" >&2
    exit 1
fi
