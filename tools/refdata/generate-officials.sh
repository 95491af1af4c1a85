#!/usr/bin/env bash
# Regenerates src/ActorGraph.Extraction/ReferenceData/Data/known-officials.json from the history-state records in
# samples/history-state (or the folder given), with the import's own reader and recognisers. Deterministic.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="${1:-$root/samples/history-state}"
dotnet run --project "$root/src/ActorGraph.Cli" -c Release -- refdata officials "$data" \
  --out "$root/src/ActorGraph.Extraction/ReferenceData/Data/known-officials.json"
