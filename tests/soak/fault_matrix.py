#!/usr/bin/env python3
"""The fault matrix: every job of cxone-cli against a cxone-sim process under each fault setting,
judged by the tenant's state (/_sim endpoints) and the output files, never by what the command
says. Not part of the test suite: it takes minutes. Run it through fault_matrix.sh.

A cell passes when nothing is lost, nothing is wrong and no effect is duplicated:
  segments export       the output holds every member once, byte for byte as a run without
                        faults writes it; the CDP sink got each record once
  sanitize + restore    the list after the apply is exactly the preview applied to the list
                        before it (or the apply stopped, saying so); after the restore the list is
                        exactly as before; no contact id twice
  audiences put         the stored audience is what was sent, its version went up by one per put
                        (no double save), the CDP sink got one event per put
  enrich apply          the list holds exactly the values of the file (the same list as a run
                        without faults leaves), one webhook registration, each contact named once
                        in the tenant's contact.enriched events; at most one resume
  transcripts extract   the output holds every transcript once, byte for byte as a run without
                        faults writes it; the lake got each once; no job created twice from the
                        same request; complete after at most one resume
"""

import argparse
import csv
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

SEED = "11"

SETTINGS = [
    ("none", []),
    ("429", ["--fault-429", "0.1"]),
    ("5xx", ["--fault-5xx", "0.1"]),
    ("drops", ["--fault-drop", "0.1"]),
    ("malformed", ["--fault-malformed", "0.05"]),
    ("latency", ["--latency-ms", "40"]),
    ("short token", ["--token-ttl", "3"]),
    ("all", ["--fault-429", "0.05", "--fault-5xx", "0.05", "--fault-drop", "0.05",
             "--fault-malformed", "0.03", "--latency-ms", "20", "--token-ttl", "3"]),
]

JOBS = ["segments export", "sanitize + restore", "audiences put", "enrich apply",
        "transcripts extract"]

SANITIZE_LIST = "list_de_leads"
ENRICH_CAMPAIGN = "camp_us_retention_q4"
ENRICH_LIST = "list_us_main"
ENRICH_ROWS = 600
AUDIENCE_ID = "soak-audience"
TRANSCRIPTS = 80


class Failure(Exception):
    """A check that found the tenant or an output wrong."""


class Sim:
    def __init__(self, binary, flags, workdir):
        self.proc = subprocess.Popen(
            [binary, "--port", "0", "--seed", SEED, "--scale", "small"] + flags,
            stdout=subprocess.PIPE, stderr=open(os.path.join(workdir, "sim.err"), "wb"))
        banner = [self.proc.stdout.readline().decode() for _ in range(3)]
        if not banner[0].startswith("listening on "):
            raise RuntimeError("cxone-sim did not start: %r" % banner)
        self.url = banner[0][len("listening on "):].strip()
        self.client_id = banner[1].split(":", 1)[1].strip()
        self.secret = banner[2].split(":", 1)[1].strip()

    def get(self, path):
        with urllib.request.urlopen(self.url + path, timeout=30) as r:
            return json.loads(r.read())

    def sink(self, name):
        return self.get("/_sim/webhooks/" + name)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


class Cli:
    def __init__(self, binary, sim, workdir, timeout):
        self.binary = binary
        self.sim = sim
        self.dir = workdir
        self.timeout = timeout
        self.env = dict(os.environ)
        self.env["CXONE_CLIENT_SECRET"] = sim.secret
        self.env["XDG_DATA_HOME"] = os.path.join(workdir, "data")
        self.env["XDG_CONFIG_HOME"] = os.path.join(workdir, "config")
        self.env["QT_QPA_PLATFORM"] = "offscreen"

    def path(self, name):
        return os.path.join(self.dir, name)

    def run(self, args, log):
        cmd = [self.binary, "--base-url", self.sim.url, "--client-id", self.sim.client_id,
               "--audit-db", self.path("audit.db"), "--quiet"] + args
        try:
            p = subprocess.run(cmd, env=self.env, capture_output=True, timeout=self.timeout)
        except subprocess.TimeoutExpired:
            raise Failure("timed out after %d s: %s" % (self.timeout, " ".join(args[:2])))
        with open(self.path(log), "ab") as f:
            f.write(b"$ " + " ".join(args).encode() + b"\n" + p.stdout + p.stderr)
        return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")


def sink_bodies(sim, name):
    """The bodies a sink kept: one per distinct X-Request-ID."""
    out = []
    for d in sim.sink(name)["deliveries"]:
        body = d.get("body")
        if isinstance(body, str):
            try:
                body = json.loads(body)
            except ValueError:
                pass
        out.append(body)
    return out


def file_lines(path):
    with open(path, "rb") as f:
        return f.read().splitlines()


# ---- what every cell needs, found once on a tenant without faults ----

class Plan:
    pass


def prepare(cli, sim):
    plan = Plan()
    code, out, err = cli.run(["--json", "segments", "list"], "prepare.log")
    if code != 0:
        raise RuntimeError("segments list: " + err)
    exportable = [s for s in json.loads(out)["segments"] if s["exportable"]]
    segment = max(exportable, key=lambda s: s.get("memberCount", 0))
    plan.segment, plan.members = segment["id"], segment["memberCount"]

    code, out, err = cli.run(["--json", "audiences", "list"], "prepare.log")
    if code != 0:
        raise RuntimeError("audiences list: " + err)
    seeded = json.loads(out)["items"][0]["id"]
    code, out, err = cli.run(["audiences", "show", seeded, "--out", cli.path("seeded.json")],
                             "prepare.log")
    if code != 0:
        raise RuntimeError("audiences show: " + err)
    with open(cli.path("seeded.json")) as f:
        payload = json.load(f)
    payload.pop("version", None)
    payload["name"] = "Soak audience"
    plan.audience = payload

    rows = ["contact_id,priority_score,loyalty_tier"]
    tiers = ["bronze", "silver", "gold", "platinum"]
    plan.enrich = {}
    for i in range(ENRICH_ROWS):
        cid = "ct-us_main-%07d" % (i * 3)
        plan.enrich[cid] = (i % 90 + 1, tiers[i % 4])
        rows.append("%s,%d,%s" % (cid, i % 90 + 1, tiers[i % 4]))
    plan.enrich_csv = "\n".join(rows) + "\n"

    code, out, err = cli.run(["--json", "interactions", "search", "--from", "-6d", "--to", "-2d",
                              "--media", "chat"], "prepare.log")
    if code != 0:
        raise RuntimeError("interactions search: " + err)
    plan.interactions = [i["interactionId"] for i in json.loads(out)["interactions"]][:TRANSCRIPTS]
    return plan


# ---- the jobs; each returns (resumed, notes) or raises Failure ----

def job_segments(cli, sim, plan, base):
    out = cli.path("segment.csv")
    args = ["segments", "export", plan.segment, "--out", out, "--page-size", "50",
            "--cdp-url", sim.url + "/_sim/webhooks/cdp-segment"]
    code, _, err = cli.run(args, "segments.log")
    resumed = False
    if code not in (0, 3):
        resumed = True
        code, _, err = cli.run(args + ["--resume"], "segments.log")
    if code != 0:
        raise Failure("export exit %d: %s" % (code, err.strip().splitlines()[-1:]))
    lines = file_lines(out)
    body = sorted(lines[1:])
    ids = [l.split(b",", 1)[0] for l in body]
    if len(set(ids)) != len(ids):
        raise Failure("%d records twice in the output" % (len(ids) - len(set(ids))))
    if len(ids) != plan.members:
        raise Failure("%d records written, the segment has %d" % (len(ids), plan.members))
    if base is not None and body != base["segment"]:
        raise Failure("the output differs from the run without faults")
    delivered = []
    for b in sink_bodies(sim, "cdp-segment"):
        delivered += [r.get("contactId") for r in b.get("records", [])]
    missing = len(set(ids)) - len(set(delivered) & set(i.decode() for i in ids))
    twice = len(delivered) - len(set(delivered))
    if missing or twice:
        raise Failure("CDP: %d records never delivered, %d delivered twice" % (missing, twice))
    return resumed, {"segment": body}, "%d records, %d pages" % (len(ids), len(sink_bodies(sim, "cdp-segment")))


def job_sanitize(cli, sim, plan, base):
    before = sim.get("/_sim/contactlists/%s?contacts=1" % SANITIZE_LIST)
    preview = cli.path("preview.csv")
    journal = cli.path("sanitize-journal.jsonl")
    code, _, err = cli.run(["lists", "sanitize", SANITIZE_LIST, "--regions", "DE", "--preview",
                            preview, "--apply", "--journal", journal], "sanitize.log")
    after = sim.get("/_sim/contactlists/%s?contacts=1" % SANITIZE_LIST)
    if after["duplicateIds"]:
        raise Failure("%d contact ids twice after the apply" % after["duplicateIds"])
    note = ""
    if code == 0:
        # What the preview says, applied to the list as it was: the list as it must be now.
        verdicts = {}
        with open(preview, newline="") as f:
            for row in csv.DictReader(f):
                verdicts[row[next(iter(row))]] = row
        expected = []
        for line in before["rows"]:
            cid, phone, attributes = line.split("\t", 2)
            v = verdicts.get(cid)
            if v is None:
                raise Failure("contact %s is not in the preview" % cid)
            if v["verdict"] == "purge":
                continue
            if v["verdict"] == "update":
                phone = v["e164"]
            expected.append("%s\t%s\t%s" % (cid, phone, attributes))
        if sorted(expected) != after["rows"]:
            wrong = set(after["rows"]) ^ set(expected)
            raise Failure("after the apply %d contacts differ from the preview" % len(wrong))
    else:
        note = "apply stopped (exit %d); " % code
    rc, _, err = cli.run(["lists", "restore", "--journal", journal], "sanitize.log")
    restored = sim.get("/_sim/contactlists/%s" % SANITIZE_LIST)
    if rc != 0:
        raise Failure(note + "restore exit %d: %s" % (rc, err.strip().splitlines()[-1:]))
    if restored["digest"] != before["digest"] or restored["duplicateIds"]:
        raise Failure(note + "the restore did not put the list back exactly")
    if code != 0:
        raise Failure(note + "restored exactly, but the apply did not finish")
    changed = sum(1 for a, b in zip(before["rows"], after["rows"]) if a != b)
    return False, {}, "%d contacts, %d after" % (before["contacts"], after["contacts"])


def job_audiences(cli, sim, plan, base):
    notes = []
    for put, description in ((1, "first save"), (2, "second save")):
        payload = dict(plan.audience)
        payload["description"] = description
        path = cli.path("audience-%d.json" % put)
        with open(path, "w") as f:
            json.dump(payload, f)
        code, _, err = cli.run(["audiences", "put", AUDIENCE_ID, "--file", path, "--cdp-url",
                                "/_sim/webhooks/cdp-audience"], "audiences.log")
        try:
            stored = sim.get("/_sim/audiences/" + AUDIENCE_ID)
        except Exception:
            raise Failure("put %d (exit %d): the audience is not stored" % (put, code))
        if stored.get("version") != put:
            raise Failure("after put %d the version is %s" % (put, stored.get("version")))
        for key in ("name", "description", "criteria", "data_source"):
            if stored.get(key) != payload.get(key):
                raise Failure("after put %d the stored %s differs from what was sent" % (put, key))
        if code != 0:
            notes.append("put %d exit %d (%s)" % (put, code, err.strip().splitlines()[-1:]))
    events = sim.sink("cdp-audience")
    if events["uniqueRequestIds"] != 2:
        raise Failure("CDP: %d events for 2 saves" % events["uniqueRequestIds"])
    if notes:
        raise Failure("stored right, but " + "; ".join(notes))
    return False, {}, "2 saves, version 2"


def job_enrich(cli, sim, plan, base):
    path = cli.path("enrich.csv")
    with open(path, "w") as f:
        f.write(plan.enrich_csv)
    journal = cli.path("enrich-journal.jsonl")
    hook = sim.url + "/_sim/webhooks/crm"
    args = ["enrich", ENRICH_CAMPAIGN, "--csv", path, "--apply", "--journal", journal,
            "--webhook-url", hook]
    code, _, err = cli.run(args, "enrich.log")
    resumed = False
    if code not in (0, 3):
        resumed = True
        code, _, err = cli.run(args + ["--resume"], "enrich.log")
    if code != 0:
        raise Failure("enrich exit %d: %s" % (code, err.strip().splitlines()[-1:]))
    after = sim.get("/_sim/contactlists/%s?contacts=1" % ENRICH_LIST)
    wrong = 0
    for line in after["rows"]:
        cid, _, attributes = line.split("\t", 2)
        if cid in plan.enrich:
            a = json.loads(attributes)
            score, tier = plan.enrich[cid]
            if a.get("priority_score") != score or a.get("loyalty_tier") != tier:
                wrong += 1
    if wrong:
        raise Failure("%d contacts do not hold the file's values" % wrong)
    if base is not None and after["digest"] != base["enrich"]:
        raise Failure("the list differs from the run without faults")
    hooks = [w for w in sim.get("/_sim/state").get("enrichment", {}).get("webhooks", [])
             if w.get("url") == hook]
    named = []
    for b in sink_bodies(sim, "crm"):
        named += b.get("contactIds", [])
    twice = len(named) - len(set(named))
    never = len(set(plan.enrich) - set(named))
    problems = []
    if len(hooks) != 1:
        problems.append("%d webhook registrations" % len(hooks))
    if never:
        problems.append("%d contacts in no contact.enriched event" % never)
    if twice:
        problems.append("%d contacts in two contact.enriched events" % twice)
    if problems:
        raise Failure("values right; " + ", ".join(problems))
    return resumed, {"enrich": after["digest"]}, "%d contacts" % len(plan.enrich)


def job_transcripts(cli, sim, plan, base):
    ids = cli.path("ids.txt")
    with open(ids, "w") as f:
        f.write("\n".join(plan.interactions) + "\n")
    out = cli.path("transcripts.jsonl")
    args = ["transcripts", "extract", "--ids", ids, "--out", out, "--lake-url",
            sim.url + "/_sim/webhooks/lake"]
    code, _, err = cli.run(args, "transcripts.log")
    resumed = False
    if code not in (0, 3):
        resumed = True
        code, _, err = cli.run(args + ["--resume"], "transcripts.log")
    if code != 0:
        raise Failure("extract exit %d: %s" % (code, err.strip().splitlines()[-1:]))
    lines = sorted(file_lines(out))
    got = [json.loads(l)["interactionId"] for l in lines]
    if len(set(got)) != len(got):
        raise Failure("%d transcripts twice in the output" % (len(got) - len(set(got))))
    if set(got) != set(plan.interactions):
        raise Failure("%d transcripts missing" % len(set(plan.interactions) - set(got)))
    if not all(json.loads(l).get("masked") for l in lines):
        raise Failure("an unmasked transcript in the output")
    if base is not None and lines != base["transcripts"]:
        raise Failure("the output differs from the run without faults")
    pushed = [b.get("interactionId") for b in sink_bodies(sim, "lake")]
    twice = len(pushed) - len(set(pushed))
    never = len(set(plan.interactions) - set(pushed))
    tenant = sim.get("/_sim/transcripts")
    problems = []
    if never:
        problems.append("%d never reached the lake" % never)
    if twice:
        problems.append("%d reached the lake twice" % twice)
    if tenant.get("duplicateJobs"):
        problems.append("%d jobs created twice" % tenant["duplicateJobs"])
    if problems:
        raise Failure(", ".join(problems))
    return resumed, {"transcripts": lines}, "%d transcripts, %d jobs" % (len(got), tenant["jobsSubmitted"])


RUNNERS = {
    "segments export": job_segments,
    "sanitize + restore": job_sanitize,
    "audiences put": job_audiences,
    "enrich apply": job_enrich,
    "transcripts extract": job_transcripts,
}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", default=os.path.join(here, "..", "..", "build"),
                    help="the build folder (default: build/ of this tree)")
    ap.add_argument("--budget", type=int, default=900,
                    help="seconds for the whole matrix; cells beyond it are not run (900)")
    ap.add_argument("--timeout", type=int, default=150,
                    help="seconds for one command (150)")
    ap.add_argument("--settings", default="",
                    help="comma-separated fault settings to run (default: all)")
    ap.add_argument("--jobs", default="", help="comma-separated jobs to run (default: all)")
    ap.add_argument("--table", help="also write the table (Markdown) here")
    ap.add_argument("--keep", action="store_true", help="keep the working folders")
    a = ap.parse_args()
    cli_bin = os.path.join(a.build, "app", "cli", "cxone-cli")
    sim_bin = os.path.join(a.build, "app", "sim", "cxone-sim")
    for b in (cli_bin, sim_bin):
        if not os.access(b, os.X_OK):
            sys.exit("fault_matrix: %s is not built (pass --build DIR)" % b)
    settings = [s for s in SETTINGS if not a.settings or s[0] in a.settings.split(",")]
    jobs = [j for j in JOBS if not a.jobs or j in a.jobs.split(",")]
    if not any(s[0] == "none" for s in settings):
        settings.insert(0, SETTINGS[0])  # the baseline the others are compared with

    root = tempfile.mkdtemp(prefix="fault-matrix-")
    started = time.monotonic()
    results = {}
    base = None
    plan = None
    try:
        for name, flags in settings:
            work = os.path.join(root, name.replace(" ", "-"))
            os.makedirs(work)
            sim = Sim(sim_bin, flags, work)
            try:
                cli = Cli(cli_bin, sim, work, a.timeout)
                if plan is None:
                    plan = prepare(cli, sim)
                captured = {}
                for job in jobs:
                    if time.monotonic() - started > a.budget:
                        results[(job, name)] = ("not run", "over the time budget")
                        continue
                    t0 = time.monotonic()
                    try:
                        resumed, keep, note = RUNNERS[job](cli, sim, plan, base)
                        captured.update(keep)
                        mark = "pass, after one resume" if resumed else "pass"
                        results[(job, name)] = (mark, "%s; %.0f s" % (note, time.monotonic() - t0))
                    except Failure as e:
                        results[(job, name)] = ("FAIL", "%s; %.0f s" % (e, time.monotonic() - t0))
                    print("%-20s %-12s %-24s %s" % ((job, name) + results[(job, name)]),
                          flush=True)
                if name == "none":
                    base = captured
            finally:
                sim.stop()
    finally:
        if a.keep:
            print("working folders kept in", root)
        else:
            shutil.rmtree(root, ignore_errors=True)

    elapsed = time.monotonic() - started
    names = [s[0] for s in settings]
    table = io.StringIO()
    table.write("| job | " + " | ".join(names) + " |\n")
    table.write("|---|" + "---|" * len(names) + "\n")
    for job in jobs:
        cells = []
        for n in names:
            mark, _ = results.get((job, n), ("not run", ""))
            cells.append({"pass": "pass", "pass, after one resume": "pass (1 resume)"}.get(mark, mark))
        table.write("| %s | %s |\n" % (job, " | ".join(cells)))
    table.write("\n")
    failures = [(k, v) for k, v in results.items() if v[0] != "pass" and not v[0].startswith("pass")]
    for (job, n), (mark, why) in sorted(results.items(), key=lambda kv: (JOBS.index(kv[0][0]), names.index(kv[0][1]))):
        if not mark.startswith("pass"):
            table.write("- %s, %s: %s\n" % (job, n, why))
    table.write("\n%d cells in %.0f s (seed %s, scale small).\n" % (len(results), elapsed, SEED))
    print()
    print(table.getvalue())
    if a.table:
        with open(a.table, "w") as f:
            f.write(table.getvalue())
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
