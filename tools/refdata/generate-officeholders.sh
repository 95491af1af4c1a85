#!/usr/bin/env bash
# Regenerates src/ActorGraph.Core/ReferenceData/Data/officeholders-{persons,terms}.tsv from the office-holders
# tables (shared/data/officeholders, Wikidata, CC0), the hand-kept supplement beside this script (one source per row)
# and the known officials of the history-state records. Deterministic: the same inputs give the same files.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="${1:-$root/../shared/data/officeholders}"
dotnet run --project "$root/src/ActorGraph.Cli" -c Release -- refdata officeholders "$data" \
  --supplement "$root/tools/refdata/officeholders-supplement.csv" \
  --out "$root/src/ActorGraph.Core/ReferenceData/Data"
