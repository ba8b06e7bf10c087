#!/usr/bin/env bash
# The whole benchmark suite in one run (not part of CI's pass/fail): prints each
# figure beside its baseline with the ratio, and keeps them in bench/results/.
#   P1 save vs raw commit, P7 search         cargo bench --bench booth
#   P5 first frame and peak RSS at 100k       cargo bench --bench startup
#   P4 central import vs sqlite3 .import      cargo bench --bench import, at 100,000
#                                             and at 1,000,000 leads (peak memory)
#   P9 the same import into PostgreSQL vs psql \copy   (same runs, needs PostgreSQL)
#   P4a-P4e, P9a-P9b where the import's gap is: the batch format's floor, the
#                                             rows it writes by each database's own
#                                             loader, CPU by stage (bench/results/README)
#   P2/P3 export and verify vs the pipeline   bench/export_verify.sh
#   P8 encrypted export vs plain export       bench/export_verify.sh (same run)
#   P6 2,000-key scanner burst: keys lost, frames drawn (the burst test, release)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/results
cargo bench --bench booth
cargo bench --bench startup
cargo bench --bench import
LEADBOOTH_BENCH_LEADS=1000000 cargo bench --bench import
bench/export_verify.sh | tee bench/results/export_verify.txt
cargo test --release --test booth a_burst_of_2000 -- --nocapture 2>&1 \
    | grep -E 'keys|frames' | tee bench/results/burst.txt
# The summary is written beside the figures, never read back as one of them, so
# the suite runs twice in a row.
summary=$(mktemp bench/results/.summary.XXXXXX)
{
    echo "cores: $(nproc)"
    for f in bench/results/*.txt; do
        [ "$f" = bench/results/summary.txt ] || cat "$f"
    done
} > "$summary"
mv "$summary" bench/results/summary.txt
echo "all figures: bench/results/summary.txt"
