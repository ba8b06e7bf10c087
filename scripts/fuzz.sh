#!/usr/bin/env bash
# Runs the libFuzzer targets in fuzz/ for a fixed time each, starting from the
# committed seed corpora in fuzz/corpus/.
#
#   scripts/fuzz.sh                   every target, 10 minutes each (a developer run)
#   scripts/fuzz.sh -t 30             every target, 30 seconds each (what CI runs: .ci/fuzz)
#   scripts/fuzz.sh -t 600 badge_scan batch_leads
#   scripts/fuzz.sh -t 600 -k ...     keep what the run found in fuzz/corpus/ (then
#                                     minimise with -m before committing)
#   scripts/fuzz.sh -m                minimise every committed corpus in place
#   scripts/fuzz.sh -j 1 ...          targets one at a time (default: one per core)
#   scripts/fuzz.sh -b                build only
#   scripts/fuzz.sh -a ...            with AddressSanitizer (needs a nightly toolchain)
#
# It needs only the Rust toolchain (stable is enough, not cargo-fuzz) and a C++
# compiler (libfuzzer-sys compiles libFuzzer): every target is built into ONE
# binary, target/debug/all, with cargo-fuzz's coverage flags (plain `-C` flags
# stable rustc takes) on leadbooth's own two crates only (scripts/fuzz-rustc):
# every dependency is the one `cargo test` already compiled into target/, so
# after the tests the build compiles little more than leadbooth itself. The
# environment variable LEADBOOTH_FUZZ_TARGET picks the target the binary runs.
# `-a` adds AddressSanitizer, which only nightly rustc has
# (LEADBOOTH_FUZZ_TOOLCHAIN, default nightly), to every crate, into
# fuzz/target/asan/ (a cold build of ~350 crates); the targets are safe Rust,
# so it finds little that a panic does not, and CI goes without it.
#
# New inputs go to a temporary corpus unless -k is given, so a run leaves the
# checkout as it was. Any crash or property failure (a panic in a target), a
# timeout or running out of memory fails the run (exit 1): the target is named,
# the end of its log printed with every control character shown as `?`, and the
# input kept under fuzz/artifacts/<target>/ and printed in base64, ready for
#   base64 -d >crash && LEADBOOTH_FUZZ_TARGET=<target> target/debug/all crash
# and a unit test next to the code. Each target's figures (executions, corpus
# size, coverage cov/ft) are printed at the end and written to
# fuzz/results/last/<target>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=600
keep=
minimise=
build_only=
asan=
jobs=$(nproc 2>/dev/null || echo 1)
while getopts "t:kmj:ba" opt; do
    case $opt in
        t) seconds=$OPTARG ;;
        k) keep=1 ;;
        m) minimise=1 ;;
        j) jobs=$OPTARG ;;
        b) build_only=1 ;;
        a) asan=1 ;;
        *) sed -n '2,13p' "$0" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))

# Shows every byte that is not printable ASCII, a tab or a line end as `?`: a
# log quotes fuzzed input, which must not reach a terminal as control codes.
sanitise() { LC_ALL=C tr -c '[:print:]\t\n' '?'; }

all_targets=()
for f in fuzz/fuzz_targets/*.rs; do
    t=${f##*/}
    t=${t%.rs}
    [ "$t" = all ] || all_targets+=("$t")
done
if [ "$#" -gt 0 ]; then
    targets=("$@")
    for t in "${targets[@]}"; do
        if [ ! -f "fuzz/fuzz_targets/$t.rs" ] || [ "$t" = all ]; then
            echo "fuzz: no target $(printf %s "$t" | sanitise); the targets: ${all_targets[*]}" >&2
            exit 2
        fi
    done
else
    targets=("${all_targets[@]}")
fi

# cargo-fuzz 0.13's coverage flags (`cargo fuzz build --sanitizer none`).
flags=(
    -Cpasses=sancov-module
    -Cllvm-args=-sanitizer-coverage-level=4
    -Cllvm-args=-sanitizer-coverage-inline-8bit-counters
    -Cllvm-args=-sanitizer-coverage-pc-table
    -Cllvm-args=-sanitizer-coverage-trace-compares
    --cfg fuzzing
    -Cllvm-args=-simplifycfg-branch-fold-threshold=0
    -Cllvm-args=-sanitizer-coverage-stack-depth
)
if ! command -v c++ >/dev/null 2>&1; then
    echo "fuzz: no C++ compiler (c++); libfuzzer-sys compiles libFuzzer with it:" \
        "apt-get install g++" >&2
    exit 2
fi
if [ -z "$asan" ]; then
    # Only leadbooth's own crates get the flags (scripts/fuzz-rustc, cargo's
    # RUSTC_WORKSPACE_WRAPPER), so every dependency is the very crate `cargo
    # test` compiled into target/ (dev profile) and is reused, not compiled a
    # second time with coverage. Ours are built at opt-level 1 with debug
    # assertions and overflow checks (the dev profile's), line tables for a
    # crash's backtrace; libFuzzer itself (C++) at -O2. These overrides also
    # keep the instrumented leadbooth apart from the test build's (another
    # hash in target/debug/deps), so neither ever overwrites the other.
    config=()
    for p in leadbooth leadbooth-fuzz; do
        config+=(--config "profile.dev.package.$p.opt-level=1"
            --config "profile.dev.package.$p.debug=\"line-tables-only\"")
    done
    config+=(--config 'profile.dev.package.libfuzzer-sys.opt-level=2')
    # A fixed commit for `--version`: build.rs then does not watch git's HEAD,
    # so a commit that changes no code does not rebuild the instrumented
    # leadbooth.
    LEADBOOTH_GIT_COMMIT=${LEADBOOTH_GIT_COMMIT:-fuzz build} \
        LEADBOOTH_FUZZ_RUSTFLAGS=$(printf '%s\n' "${flags[@]}") \
        RUSTC_WORKSPACE_WRAPPER="$PWD/scripts/fuzz-rustc" \
        cargo build --locked -p leadbooth-fuzz --bin all "${config[@]}"
    # target/, or wherever cargo's configuration puts it.
    bin=$(cargo metadata --locked --no-deps --format-version 1 |
        sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')/debug/all
else
    # AddressSanitizer goes on every crate (as `cargo fuzz` puts it), so -a
    # builds them all with the flags, on
    # nightly (-Zsanitizer), with the `fuzz` profile of Cargo.toml, into a
    # target dir of its own; --target keeps the flags off build scripts and
    # proc macros.
    toolchain=${LEADBOOTH_FUZZ_TOOLCHAIN:-nightly}
    if ! cargo "+$toolchain" --version >/dev/null 2>&1; then
        echo "fuzz: -a needs the Rust $toolchain toolchain (AddressSanitizer is" \
            "-Zsanitizer=address); without -a the installed toolchain is enough" >&2
        exit 2
    fi
    flags+=(-Zsanitizer=address)
    host=$(rustc "+$toolchain" -vV | sed -n 's/^host: //p')
    RUSTFLAGS="${flags[*]}" cargo "+$toolchain" build --locked -p leadbooth-fuzz --bin all \
        --profile fuzz --target "$host" --target-dir fuzz/target/asan
    bin=fuzz/target/asan/$host/fuzz/all
fi
[ -z "$build_only" ] || exit 0

work=$(mktemp -d "${TMPDIR:-/tmp}/leadbooth-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p fuzz/results/last

# Runs `$@ TARGET` for each target, at most $jobs at once; each writes its own files.
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

corpus_size() {
    echo "$(find "$1" -type f | wc -l) files, $(du -sb "$1" | cut -f1) bytes"
}

minimise_one() {
    local t=$1 before
    before=$(corpus_size "fuzz/corpus/$t")
    mkdir -p "$work/min/$t"
    LEADBOOTH_FUZZ_TARGET=$t "$bin" -merge=1 -rss_limit_mb=2048 -timeout=20 \
        "$work/min/$t" "fuzz/corpus/$t" >"$work/$t.log" 2>&1
    # The named seeds (a badge, an attendee list, a batch file: what the corpus
    # was started from) stay under their names whatever they add; libFuzzer
    # names the inputs it keeps by their SHA-1, so a seed's copy goes.
    local f
    for f in "fuzz/corpus/$t"/*; do
        [[ ${f##*/} =~ ^[0-9a-f]{40}$ ]] && continue
        rm -f "$work/min/$t/$(sha1sum "$f" | cut -c1-40)"
        cp "$f" "$work/min/$t/"
    done
    rm -rf "fuzz/corpus/$t"
    mv "$work/min/$t" "fuzz/corpus/$t"
    echo "$t: corpus minimised from $before to $(corpus_size "fuzz/corpus/$t")"
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
    # A target's dictionary (fuzz/dict/<target>.dict): words the fuzzer would
    # rarely write itself, such as the UTF-8 of a formula's look-alike signs.
    local dict=()
    [ ! -f "fuzz/dict/$t.dict" ] || dict=(-dict="fuzz/dict/$t.dict")
    LEADBOOTH_FUZZ_TARGET=$t "$bin" -max_total_time="$seconds" -rss_limit_mb=2048 \
        -malloc_limit_mb=1024 -timeout=20 -print_final_stats=1 "${dict[@]}" \
        -artifact_prefix="fuzz/artifacts/$t/" "${corpus[@]}" >"$work/$t.log" 2>&1 || status=$?
    echo "$status" >"$work/$t.status"
}

echo "== ${#targets[@]} targets, ${seconds}s each, $jobs at a time ($bin)"
started=$(date +%s)
touch "$work/started"
each_target run_one

failed=()
for t in "${targets[@]}"; do
    log="$work/$t.log"
    status=$(cat "$work/$t.status" 2>/dev/null || echo "?")
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    cov=$(grep -o 'cov: [0-9]*' <<<"$last" | grep -o '[0-9]*' || echo "?")
    ft=$(grep -o 'ft: [0-9]*' <<<"$last" | grep -o '[0-9]*' || echo "?")
    units=$(grep -o 'corp: [0-9]*/[0-9]*[a-zA-Z]*' <<<"$last" | sed 's/corp: //' || echo "?")
    line="$t: ${seconds}s, $execs executions, corpus $units (inputs/size), cov $cov, ft $ft"
    if [ "$status" != 0 ]; then
        failed+=("$t")
        line="$line, FAILED (exit $status)"
        echo "---- $t FAILED (libFuzzer exit $status); its log from the failure:"
        { grep -v '^#[0-9]' "$log" | grep -A12 -m1 -E 'panicked|ERROR: libFuzzer|==[0-9]+==' ||
            tail -20 "$log"; } | grep -v -E '^ +(at |[0-9]+: )' | head -24 | sanitise
        # This run's inputs only (the folder keeps earlier runs' too).
        find "fuzz/artifacts/$t" -type f -newer "$work/started" | while read -r a; do
            echo "---- $t: the input, $a ($(wc -c <"$a") bytes), in base64:"
            base64 "$a" | head -c 65536
            echo "---- reproduce: base64 -d >input <<'EOF' ... EOF," \
                "then LEADBOOTH_FUZZ_TARGET=$t $bin input"
        done
    fi
    echo "$line" >"fuzz/results/last/$t.txt"
done

echo "== figures ($(($(date +%s) - started)) s)"
for t in "${targets[@]}"; do cat "fuzz/results/last/$t.txt"; done
echo "fuzz: $((${#targets[@]} - ${#failed[@]})) passed, ${#failed[@]} failed"
if [ "${#failed[@]}" -gt 0 ]; then
    echo "fuzz: crash or property failure in: ${failed[*]}" >&2
    exit 1
fi
