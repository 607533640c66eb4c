#!/usr/bin/env bash
# Issue 17 scale checks: rebuilds the seeded inputs (once, under DATA) and runs the audits with /usr/bin/time -v.
#   bash tests/SynthAudit.Benchmarks/scale/run-1m.sh [DATA]        (default DATA=/tmp/synthaudit-scale)
# 1. 1M / 1M / 300k rows drawn from an MST model of Adult (15 columns), all families, JSON only
#    (must: < 10 min wall, < 3 GB peak, exit 0);
# 2. 1,000 columns x 300 rows (must: < 2 min, < 2 GB);
# 3. Adult 12k rows with and without a 1,000-level column (must: with < 2x without);
# 4. Adult, all families, all four formats (must: < 8 s wall on 2 cores);
# 5. 100k / 100k / 30k rows, as 1. (the middle row of the issue's table).
# Each line of DATA/results.txt: check, wall seconds, user+sys CPU seconds, peak RSS MB, exit code.
set -euo pipefail
cd "$(dirname "$0")/../../.."
data=${1:-/tmp/synthaudit-scale}
mkdir -p "$data"
dotnet build -c Release src/SynthAudit.Cli >/dev/null
dotnet build -c Release tests/SynthAudit.Benchmarks >/dev/null
cli=src/SynthAudit.Cli/bin/Release/net10.0/synthaudit
bench=tests/SynthAudit.Benchmarks/bin/Release/net10.0/SynthAudit.Benchmarks
gen() { [ -s "$2" ] || "$cli" generate --real fixtures/adult/train.csv --epsilon 10 --method mst --domain fixtures/adult/domain.yml \
    --seed "$3" --rows "$1" --out "$2" --no-ledger >/dev/null; }
gen 1000000 "$data/train1m.csv" 11; gen 1000000 "$data/syn1m.csv" 12; gen 300000 "$data/hold300k.csv" 13
gen 100000 "$data/train100k.csv" 1; gen 100000 "$data/syn100k.csv" 2; gen 30000 "$data/hold30k.csv" 3
gen 12000 "$data/syn12k.csv" 4
[ -s "$data/wide/real.csv" ] || "$bench" scaledata wide "$data/wide" 1000 300
head -12001 fixtures/adult/train.csv > "$data/train12k.csv"
for f in train12k syn12k; do "$bench" scaledata levels "$data/$f.csv" "$data/$f-levels.csv" 1000 7; done
"$bench" scaledata levels fixtures/adult/holdout.csv "$data/hold-levels.csv" 1000 8
run() { # name, then the audit arguments
    local name=$1; shift
    /usr/bin/time -f "%e %U %S %M %x" -o "$data/$name.time" "$cli" audit "$@" --out "$data/out-$name" --no-ledger >/dev/null 2>"$data/$name.err" || true
    read -r wall user sys rss code < <(tail -1 "$data/$name.time")
    printf '%-14s wall %7.1f s  cpu %7.1f s  peak %6.0f MB  exit %s\n' "$name" "$wall" "$(echo "$user + $sys" | bc)" "$(echo "$rss / 1024" | bc)" "$code" | tee -a "$data/results.txt"
}
echo "# $(date -u +%FT%TZ) $(git rev-parse --short HEAD) load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$data/results.txt"
run adult-all --real fixtures/adult/train.csv --synthetic reports/adult/synthetic/mst-eps1.csv --holdout fixtures/adult/holdout.csv \
    --target income-per-year --sensitive sex,race
run levels-without --real "$data/train12k-levels.csv" --synthetic "$data/syn12k-levels.csv" --holdout "$data/hold-levels.csv" \
    --target income-per-year --sensitive sex,race --exclude code --format json
run levels-with --real "$data/train12k-levels.csv" --synthetic "$data/syn12k-levels.csv" --holdout "$data/hold-levels.csv" \
    --target income-per-year --sensitive sex,race --format json
run wide-1000x300 --real "$data/wide/real.csv" --synthetic "$data/wide/syn.csv" --holdout "$data/wide/hold.csv" --format json
run rows-100k --real "$data/train100k.csv" --synthetic "$data/syn100k.csv" --holdout "$data/hold30k.csv" \
    --target income-per-year --sensitive sex,race --format json
run rows-1m --real "$data/train1m.csv" --synthetic "$data/syn1m.csv" --holdout "$data/hold300k.csv" \
    --target income-per-year --sensitive sex,race --format json
