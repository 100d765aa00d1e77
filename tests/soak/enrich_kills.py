#!/usr/bin/env python3
"""Enrichment killed and resumed, again and again: each round starts a cxone-sim process under a
fault setting (with latency, so batches are in flight when the kill comes), applies a CSV of new
values to a list, kills the apply (SIGKILL) at a random moment after its first batch, resumes it
once, and judges the tenant and the files:

  values      every contact of the file holds the file's values; the rows not on the list are
              reported not-found
  not-sent    the results CSV says not-sent (or unknown) for no contact whose values the tenant
              holds
  re-sent     no batch was sent again after the tenant had applied it: each contact is named
              in exactly one contact.enriched event, and the tenant answered no repeated
              X-Request-ID from its memory

Not part of the test suite (about four minutes for 20 rounds). Run it through enrich_kills.sh.
"""

import argparse
import csv
import json
import os
import random
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fault_matrix import Cli, Failure, Sim, sink_bodies  # noqa: E402

CAMPAIGN = "camp_us_retention_q4"
LIST = "list_us_main"
ROWS = 1800          # contacts of the 2 000 of the small list
NOT_ON_LIST = 40     # ids the list does not hold, spread through the file

SETTINGS = [
    ("429", ["--fault-429", "0.1"]),
    ("5xx", ["--fault-5xx", "0.1"]),
    ("drops", ["--fault-drop", "0.1"]),
    ("malformed", ["--fault-malformed", "0.05"]),
    ("all", ["--fault-429", "0.05", "--fault-5xx", "0.05", "--fault-drop", "0.05",
             "--fault-malformed", "0.03", "--token-ttl", "3"]),
]


def make_file(path, round_no, rng):
    """A CSV of new values for this round; returns {contact id: (score, tier)} and the ids that
    are not on the list."""
    tiers = ["bronze", "silver", "gold", "platinum"]
    picked = sorted(rng.sample(range(2000), ROWS))
    strangers = {"ct-us_main-9%06d" % (round_no * 100 + i) for i in range(NOT_ON_LIST)}
    rows = []
    values = {}
    for n, i in enumerate(picked):
        cid = "ct-us_main-%07d" % i
        score = (i * 7 + round_no * 13) % 97 + 1
        tier = tiers[(i + round_no) % 4]
        values[cid] = (score, tier)
        rows.append("%s,%d,%s" % (cid, score, tier))
    for n, cid in enumerate(sorted(strangers)):
        rows.insert((n * 31) % len(rows), "%s,%d,%s" % (cid, 5, "gold"))
    with open(path, "w") as f:
        f.write("contact_id,priority_score,loyalty_tier\n" + "\n".join(rows) + "\n")
    return values, strangers


def one_round(cli, sim, round_no, rng, log):
    csv_path = cli.path("round%02d.csv" % round_no)
    values, strangers = make_file(csv_path, round_no, rng)
    journal = cli.path("round%02d-journal.jsonl" % round_no)
    results = cli.path("round%02d-results.csv" % round_no)
    sink = "crm-%02d" % round_no
    hook = sim.url + "/_sim/webhooks/" + sink
    args = ["enrich", CAMPAIGN, "--csv", csv_path, "--apply", "--journal", journal,
            "--webhook-url", hook, "--results", results]
    # The kill comes a random time after the first batch's result is in the journal.
    delay = rng.uniform(0.0, 2.5)
    first_seen = [None]

    def part_way():
        if first_seen[0] is None:
            try:
                with open(journal, "rb") as f:
                    if f.read().count(b'"type":"result"') >= 1:
                        first_seen[0] = time.monotonic()
            except OSError:
                pass
            return False
        return time.monotonic() - first_seen[0] >= delay

    if not cli.run_killed(args, log, part_way):
        return "finished before the kill (%.1f s after the first batch)" % delay, None
    with open(journal, "rb") as f:
        journaled = f.read().count(b'"type":"result"')
    code, _, err = cli.run(args + ["--resume"], log)
    if code != 0:
        raise Failure("resume exit %d: %s" % (code, err.strip().splitlines()[-1:]))

    after = sim.get("/_sim/contactlists/%s?contacts=1" % LIST)
    held = set()
    wrong = 0
    for line in after["rows"]:
        cid, _, attributes = line.split("\t", 2)
        if cid in values:
            a = json.loads(attributes)
            if (a.get("priority_score"), a.get("loyalty_tier")) == values[cid]:
                held.add(cid)
            else:
                wrong += 1
    missing = len(values) - len(held) - wrong
    problems = []
    if wrong or missing:
        problems.append("%d contacts with other values, %d not on the list" % (wrong, missing))

    outcomes = {}
    with open(results, newline="") as f:
        for row in csv.DictReader(f):
            outcomes[row["contactId"]] = row["outcome"]
    unsent = [c for c in held if outcomes.get(c) in ("not-sent", "unknown", None)]
    if unsent:
        problems.append("%d applied contacts reported %s" % (
            len(unsent), "/".join(sorted({str(outcomes.get(c)) for c in unsent}))))
    misreported = [c for c in strangers if outcomes.get(c) != "not-found"]
    if misreported:
        problems.append("%d ids not on the list reported otherwise" % len(misreported))

    named = []
    for b in sink_bodies(sim, sink):
        named += b.get("contactIds", [])
    twice = len(named) - len(set(named))
    never = len(set(values) - set(named))
    summary = [s for s in sim.get("/_sim/state")["counts"]["contactlists"]["lists"]
               if s["id"] == LIST][0]
    if twice:
        problems.append("%d contacts in two contact.enriched events" % twice)
    if never:
        problems.append("%d contacts in no contact.enriched event" % never)
    if summary["enrichRepeats"]:
        problems.append("%d batches sent again after they were applied"
                        % summary["enrichRepeats"])
    if problems:
        raise Failure("; ".join(problems))
    return None, ("%d contacts, killed %.1f s after the first batch with %d batch results "
                  "journaled, %d batch calls in all" % (len(values), delay, journaled,
                                                        summary["enrichRequests"]))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", default=os.path.join(here, "..", "..", "build"),
                    help="the build folder (default: build/ of this tree)")
    ap.add_argument("--kills", type=int, default=20, help="rounds that are killed and resumed")
    ap.add_argument("--seed", type=int, default=7, help="seed of the kill times and files")
    ap.add_argument("--latency-ms", type=int, default=150,
                    help="latency of every call, so batches are in flight (150)")
    ap.add_argument("--timeout", type=int, default=120, help="seconds for one command (120)")
    ap.add_argument("--budget", type=int, default=900, help="seconds for all rounds (900)")
    ap.add_argument("--keep", action="store_true", help="keep the working folder")
    a = ap.parse_args()
    cli_bin = os.path.join(a.build, "app", "cli", "cxone-cli")
    sim_bin = os.path.join(a.build, "app", "sim", "cxone-sim")
    for b in (cli_bin, sim_bin):
        if not os.access(b, os.X_OK):
            sys.exit("enrich_kills: %s is not built (pass --build DIR)" % b)

    rng = random.Random(a.seed)
    root = tempfile.mkdtemp(prefix="enrich-kills-")
    started = time.monotonic()
    passed = failed = tries = 0
    try:
        round_no = 0
        while passed + failed < a.kills and time.monotonic() - started < a.budget:
            round_no += 1
            tries += 1
            name, flags = SETTINGS[(round_no - 1) % len(SETTINGS)]
            work = os.path.join(root, "round%02d" % round_no)
            os.makedirs(work)
            sim = Sim(sim_bin, flags + ["--latency-ms", str(a.latency_ms)], work)
            t0 = time.monotonic()
            try:
                cli = Cli(cli_bin, sim, work, a.timeout)
                try:
                    outcome = one_round(cli, sim, round_no, rng, "enrich.log")
                    if outcome[0] is not None:
                        print("round %2d %-10s not counted: %s" % (round_no, name, outcome[0]),
                              flush=True)
                        continue
                    passed += 1
                    print("round %2d %-10s pass: %s; %.0f s" % (
                        round_no, name, outcome[1], time.monotonic() - t0), flush=True)
                except Failure as e:
                    failed += 1
                    print("round %2d %-10s FAIL: %s; %.0f s" % (
                        round_no, name, e, time.monotonic() - t0), flush=True)
            finally:
                sim.stop()
    finally:
        if a.keep:
            print("working folder kept in", root)
        else:
            shutil.rmtree(root, ignore_errors=True)
    print("\n%d kills resumed: %d pass, %d fail (%d rounds started, seed %d, %.0f s)" % (
        passed + failed, passed, failed, tries, a.seed, time.monotonic() - started))
    return 1 if failed or passed < a.kills else 0


if __name__ == "__main__":
    sys.exit(main())
