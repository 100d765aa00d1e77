#!/usr/bin/env bash
# Enrichment applies killed (SIGKILL) at random moments under faults, each resumed once, judged by
# the tenant's state, the results CSV and the webhook events (docs/reliability.md). Not part of the
# test suite: about four minutes for 20 rounds, bounded by --budget (900 s) and --timeout (120 s).
#
#   tests/soak/enrich_kills.sh [--build DIR] [--kills 20] [--seed 7] [--latency-ms 150] [--keep]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec nice -n 5 python3 "$here/enrich_kills.py" "$@"
