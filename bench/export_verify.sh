#!/usr/bin/env bash
# Benchmark: `leadbooth export` and `leadbooth verify` against the pipeline a user
# would write instead, on the same generated leads, in one run.
#
#   (a) leadbooth export                  vs  sqlite3 -json dump + sha256sum + minisign -S
#   (b) leadbooth verify                  vs  minisign -V + sha256sum -c (same batch)
#   (P8) encrypted export (export --all with [encryption] recipients: tar + age +
#        signed checksum) vs plain export --all of the same leads, alternated
#        twice (the faster run of each counts), and verify --identity vs verify
#
# Prints wall and CPU times, ratios (leadbooth / pipeline; below 1 = leadbooth
# faster) and the peak RSS of leadbooth, at N/10 and N leads (bounded memory = about
# the same at both). Wall times on a shared machine follow its load, printed too.
#
# Usage: bench/export_verify.sh            (N=100000; release build)
#        N=20000 bench/export_verify.sh
# Needs: cargo, sqlite3, sha256sum, minisign, awk; /usr/bin/time (else python3 for RSS).
set -euo pipefail

N=${N:-100000}
root=$(cd "$(dirname "$0")/.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
for tool in sqlite3 sha256sum minisign awk; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is required" >&2; exit 2; }
done

echo "building release binary..." >&2
cargo build --release --quiet --manifest-path "$root/Cargo.toml"
bin=$target/release/leadbooth

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/xdg USER=bench
unset LEADBOOTH_CONFIG LEADBOOTH_KEY_PASSPHRASE

# Runs "$@" and sets $secs (wall), $cpu (user + system seconds of all its threads
# and children: the steadier figure on a busy machine) and $rss_kb (peak RSS).
measure() {
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$@" >"$work/cmd.out" 2>"$work/cmd.err"
        read -r secs rss_kb user sys <"$work/time"
        cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    else
        python3 - "$work/cmd.out" "$work/cmd.err" "$@" >"$work/time" <<'PY'
import resource, subprocess, sys, time
out, err, cmd = sys.argv[1], sys.argv[2], sys.argv[3:]
t = time.monotonic()
with open(out, "wb") as o, open(err, "wb") as e:
    r = subprocess.run(cmd, stdout=o, stderr=e)
if r.returncode:
    sys.exit(r.returncode)
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{time.monotonic() - t:.2f} {u.ru_maxrss} {u.ru_utime + u.ru_stime:.2f}")
PY
        read -r secs rss_kb cpu <"$work/time"
    fi
}

# One lead per line in the `leads add` schema, with the demo event's seven purposes.
generate() {
    awk -v n="$1" 'BEGIN {
        split("policy_ack marketing_email marketing_phone marketing_mail events share_affiliates share_partners", p, " ")
        for (i = 0; i < n; i++) {
            c = ""
            for (j = 1; j <= 7; j++)
                c = c sprintf("%s{\"purpose\":\"%s\",\"granted\":%s}", j > 1 ? "," : "", p[j], (j == 1 || (i + j) % 3 == 0) ? "true" : "false")
            printf "{\"first_name\":\"First%d\",\"last_name\":\"Last%d\",\"email\":\"lead%d@example.com\",\"company\":\"Company %d Ltd\",\"job_title\":\"Head of Things\",\"phone\":\"+1202555%04d\",\"country\":\"US\",\"notes\":\"Met at the booth, day %d.\\nWants a demo of the cloud sync; call back after the show.\",\"rating\":\"%s\",\"consents\":[%s]}\n", i, i, i, i % 5000, i % 10000, i % 3 + 1, (i % 3 == 0) ? "hot" : "warm", c
        }
    }'
}

run_size() {
    local n=$1
    local dir=$work/n$n
    mkdir -p "$dir/out" "$dir/pipe"
    export LEADBOOTH_DATA_DIR=$dir/data
    generate "$n" >"$dir/leads.jsonl"
    "$bin" leads add "$dir/leads.jsonl" 2>/dev/null
    "$bin" keys init >/dev/null 2>&1
    minisign -G -W -f -p "$dir/pipe.pub" -s "$dir/pipe.key" >/dev/null

    measure "$bin" export --out "$dir/out"
    exp_s=$secs exp_cpu=$cpu exp_rss=$rss_kb
    batch=$(sed -n 's/^Batch .* written to //p' "$work/cmd.out")
    db=$dir/data/leadbooth.sqlite3
    measure sh -c '
        cd "$1" &&
        sqlite3 -json "$2" "SELECT * FROM leads ORDER BY captured_at, lead_id" >leads.json &&
        sqlite3 -json "$2" "SELECT * FROM consents ORDER BY lead_id, position" >consents.json &&
        sha256sum leads.json consents.json >SHA256SUMS &&
        minisign -S -s "$3" -m SHA256SUMS' sh "$dir/pipe" "$db" "$dir/pipe.key"
    pipe_exp_s=$secs pipe_exp_cpu=$cpu

    measure "$bin" verify "$batch" --pubkey "$dir/data/keys/device.pub"
    ver_s=$secs ver_cpu=$cpu ver_rss=$rss_kb
    measure sh -c 'cd "$1" && minisign -q -Vm SHA256SUMS -p "$2" && sha256sum --quiet -c SHA256SUMS' \
        sh "$batch" "$dir/data/keys/device.pub"
    pipe_ver_s=$secs pipe_ver_cpu=$cpu

    # P8: the same leads encrypted to one recipient, beside the plain export.
    "$bin" identity new "$dir/office.key" >"$dir/recipient" 2>/dev/null
    { cat "$root/assets/demo-event.toml"
      printf '\n[encryption]\nrecipients = ["%s"]\n' "$(cat "$dir/recipient")"; } >"$dir/sealed.toml"
    mkdir -p "$dir/plain-all" "$dir/sealed-all"
    local plain_s=999999 plain_cpu=0 plain_rss=0 sealed_s=999999 sealed_cpu=0 sealed_rss=0 round
    for round in 1 2; do
        measure "$bin" export --all --out "$dir/plain-all"
        if awk -v a="$secs" -v b="$plain_s" 'BEGIN { exit !(a < b) }'; then
            plain_s=$secs plain_cpu=$cpu plain_rss=$rss_kb
        fi
        measure "$bin" --config "$dir/sealed.toml" export --all --out "$dir/sealed-all"
        if awk -v a="$secs" -v b="$sealed_s" 'BEGIN { exit !(a < b) }'; then
            sealed_s=$secs sealed_cpu=$cpu sealed_rss=$rss_kb
        fi
        sealed=$(sed -n 's/^Batch .* written to //p' "$work/cmd.out")
    done
    measure "$bin" verify "$sealed" --pubkey "$dir/data/keys/device.pub" --identity "$dir/office.key"
    sver_s=$secs sver_cpu=$cpu sver_rss=$rss_kb
    local sealed_mb
    sealed_mb=$(du -m "$sealed" | cut -f1)

    local mb
    mb=$(du -sm "$batch" | cut -f1)
    local load
    load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo unknown)
    awk -v n="$n" -v mb="$mb" -v load="$load" \
        -v e="$exp_s" -v pe="$pipe_exp_s" -v v="$ver_s" -v pv="$pipe_ver_s" \
        -v ec="$exp_cpu" -v pec="$pipe_exp_cpu" -v vc="$ver_cpu" -v pvc="$pipe_ver_cpu" \
        -v er="$exp_rss" -v vr="$ver_rss" \
        -v ps="$plain_s" -v pc="$plain_cpu" -v pr="$plain_rss" -v ss="$sealed_s" -v sc="$sealed_cpu" \
        -v sr="$sealed_rss" -v smb="$sealed_mb" -v vs="$sver_s" -v vsc="$sver_cpu" -v vsr="$sver_rss" '
    function ratio(a, b) { return b > 0 ? a / b : 0 }
    BEGIN {
        printf "\n%d leads (batch %d MB, load average %s)       wall s   cpu s\n", n, mb, load
        printf "  export  leadbooth                                  %6.2f  %6.2f\n", e, ec
        printf "          sqlite3 -json + sha256sum + minisign -S    %6.2f  %6.2f\n", pe, pec
        printf "          ratio                                      %6.2f  %6.2f\n", ratio(e, pe), ratio(ec, pec)
        printf "  verify  leadbooth                                  %6.2f  %6.2f\n", v, vc
        printf "          minisign -V + sha256sum -c                 %6.2f  %6.2f\n", pv, pvc
        printf "          ratio                                      %6.2f  %6.2f\n", ratio(v, pv), ratio(vc, pvc)
        printf "  peak RSS of leadbooth: export %.1f MB, verify %.1f MB\n", er / 1024, vr / 1024
        printf "  P8 export --all, plain folder                      %6.2f  %6.2f   peak RSS %.1f MB\n", ps, pc, pr / 1024
        printf "     export --all, encrypted (%d MB .tar.age)       %6.2f  %6.2f   peak RSS %.1f MB\n", smb, ss, sc, sr / 1024
        printf "     ratio encrypted / plain (aim: 1.20 or less)    %6.2f  %6.2f   RSS %.2f\n", ratio(ss, ps), ratio(sc, pc), ratio(sr, pr)
        printf "     verify --identity (decrypt, unpack, verify)   %6.2f  %6.2f   peak RSS %.1f MB; ratio to verify %.2f\n", vs, vsc, vsr / 1024, ratio(vs, v)
    }'
}

echo "$("$bin" --version)   $(nproc) CPUs   $(date -u +%Y-%m-%dT%H:%M:%SZ)"
run_size $((N / 10))
run_size "$N"
