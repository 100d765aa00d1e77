#!/usr/bin/env bash
# The fault matrix: every job x every fault setting against cxone-sim processes, judged by the
# tenant's state and the output files (docs/reliability.md). Not part of the test suite: about
# ten minutes, bounded by --budget (900 s) and a timeout per command (150 s).
#
#   tests/soak/fault_matrix.sh [--build DIR] [--settings none,5xx] [--jobs 'enrich apply;enrich apply, killed']
#                              [--table FILE.md] [--budget SECONDS] [--keep]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec nice -n 5 python3 "$here/fault_matrix.py" "$@"
