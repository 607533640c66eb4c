#!/usr/bin/env bash
# Regenerates the example reports in reports/ from fixtures/ (documented in README.md, "Example reports").
# Seeded generator runs are used so that the examples are reproducible: a seeded DP run is NOT private
# (its dp.json and the reports say so). Run from anywhere: bash reports/regenerate.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release src/SynthAudit.Cli >/dev/null
cli() { dotnet src/SynthAudit.Cli/bin/Release/net10.0/synthaudit.dll "$@"; }
train=fixtures/adult/train.csv
holdout=fixtures/adult/holdout.csv
data=reports/adult/synthetic
mkdir -p "$data"

cli generate --real "$train" --epsilon 1 --method mst --domain fixtures/adult/domain.yml --seed 1 --out "$data/mst-eps1.csv" --no-ledger
cli generate --real "$train" --epsilon 1 --method aim --domain fixtures/adult/domain.yml --seed 1 --out "$data/aim-eps1.csv" --no-ledger
cli generate --real "$train" --epsilon 10 --method mst --domain fixtures/adult/domain.yml --seed 1 --out "$data/mst-eps10.csv" --no-ledger

cli audit --real "$train" --synthetic "$data/mst-eps1.csv" --holdout "$holdout" \
    --target income-per-year --sensitive sex,race --seed 0 --out reports/adult/audit-mst-eps1 --no-ledger
cli compare --real "$train" --holdout "$holdout" \
    --synthetic mst-eps1="$data/mst-eps1.csv" --synthetic aim-eps1="$data/aim-eps1.csv" --synthetic mst-eps10="$data/mst-eps10.csv" \
    --target income-per-year --sensitive sex,race --seed 0 --out reports/adult/compare --no-ledger
cli attack --real "$train" --holdout "$holdout" --builtin mst --epsilon 1 --domain fixtures/adult/domain.yml \
    --targets 20 --runs 200 --shadow-rows 1000 --seed 0 --out reports/adult/attack-mst-eps1
cp reports/adult/audit-mst-eps1/audit.json fixtures/reports/adult-audit.json   # the PDF pagination test reads it
echo "reports regenerated"
