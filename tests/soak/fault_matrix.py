#!/usr/bin/env python3
"""The fault matrix: every job of cxone-cli against a cxone-sim process under each fault setting,
judged by the tenant's state (/_sim endpoints) and the output files, never by what the command
says. Not part of the test suite: it takes minutes. Run it through fault_matrix.sh.

A cell passes when nothing is lost, nothing is wrong and no effect is duplicated:
  segments export       the output holds every member once, as a run without faults writes it
                        (the tenant's lastUpdated times move with the simulator's start, so that
                        column is only checked to be there); the CDP sink got each record once
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

The jobs that can be resumed (segments export, enrich apply, transcripts extract) also run a
second way: killed (SIGKILL) part-way, then resumed once, and judged the same.
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

# Name, cxone-sim flags, and how the first transcript job submission of each run fails (an
# extraction submits one job a run: left to chance, the fault would rarely meet it).
SETTINGS = [
    ("none", [], None),
    ("429", ["--fault-429", "0.1"], "429"),
    ("5xx", ["--fault-5xx", "0.1"], "503"),
    ("drops", ["--fault-drop", "0.1"], "drop"),
    ("malformed", ["--fault-malformed", "0.05"], "malformed"),
    ("latency", ["--latency-ms", "40"], None),
    ("short token", ["--token-ttl", "3"], None),
    ("all", ["--fault-429", "0.05", "--fault-5xx", "0.05", "--fault-drop", "0.05",
             "--fault-malformed", "0.03", "--latency-ms", "20", "--token-ttl", "3"], "malformed"),
]

JOBS = ["segments export", "segments export, killed", "sanitize + restore", "audiences put",
        "enrich apply", "enrich apply, killed", "transcripts extract",
        "transcripts extract, killed"]

SANITIZE_LIST, SANITIZE_REGION = "list_gb_renewals", "GB"
ENRICH_CAMPAIGN = "camp_us_retention_q4"
ENRICH_LIST = "list_us_main"
ENRICH_ROWS = 900  # two files of 900 on every other contact of the 2 000 of the small list
AUDIENCE_ID = "soak-audience"
TRANSCRIPTS = 150
SEGMENT_PAGE = 20


class Failure(Exception):
    """A check that found the tenant or an output wrong."""


class Sim:
    def __init__(self, binary, flags, workdir, submit_fault=None):
        self.submit_fault = submit_fault
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

    def put(self, path, document):
        request = urllib.request.Request(self.url + path, data=json.dumps(document).encode(),
                                         method="PUT",
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as r:
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

    def command(self, args):
        return [self.binary, "--base-url", self.sim.url, "--client-id", self.sim.client_id,
                "--audit-db", self.path("audit.db"), "--quiet"] + args

    def run_killed(self, args, log, ready):
        """Starts the command and kills it (SIGKILL) once ready() says it is part-way. False
        when it finished before that."""
        with open(self.path(log), "ab") as f:
            f.write(b"$ " + " ".join(args).encode() + b"  (killed part-way)\n")
            p = subprocess.Popen(self.command(args), env=self.env, stdout=f, stderr=f)
            deadline = time.monotonic() + self.timeout
            while p.poll() is None and time.monotonic() < deadline:
                if ready():
                    p.kill()
                    p.wait()
                    return True
                time.sleep(0.02)
            if p.poll() is None:
                p.kill()
                p.wait()
                raise Failure("timed out after %d s before it could be killed" % self.timeout)
            return False

    def run_or_resume(self, args, log, killed, part_way, what):
        """Runs the command once, and once more with --resume when it failed (not refused); or,
        killed, kills it part-way and resumes it. Returns (resumed, exit code, stderr)."""
        if killed:
            if not self.run_killed(args, log, part_way):
                raise Failure("the %s finished before it could be killed" % what)
            return (True,) + self.run(args + ["--resume"], log)[0::2]
        code, _, err = self.run(args, log)
        if code in (0, 3):
            return False, code, err
        return (True,) + self.run(args + ["--resume"], log)[0::2]

    def run(self, args, log):
        cmd = self.command(args)
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

    # Two files on different contacts: one for the straight run, one for the killed one.
    tiers = ["bronze", "silver", "gold", "platinum"]
    plan.enrich, plan.enrich_csv = [], []
    for variant in range(2):
        rows = ["contact_id,priority_score,loyalty_tier"]
        values = {}
        for i in range(ENRICH_ROWS):
            cid = "ct-us_main-%07d" % (i * 2 + variant)
            values[cid] = (i % 90 + 1, tiers[i % 4])
            rows.append("%s,%d,%s" % (cid, i % 90 + 1, tiers[i % 4]))
        plan.enrich.append(values)
        plan.enrich_csv.append("\n".join(rows) + "\n")

    code, out, err = cli.run(["--json", "interactions", "search", "--from", "-29d", "--to",
                              "-1d"], "prepare.log")
    if code != 0:
        raise RuntimeError("interactions search: " + err)
    found = [i["interactionId"] for i in json.loads(out)["interactions"]]
    # An archived recording has no transcript, whatever the faults: found once and left out.
    with open(cli.path("prepare-ids.txt"), "w") as f:
        f.write("\n".join(found[:2 * TRANSCRIPTS + 20]) + "\n")
    cli.run(["transcripts", "extract", "--ids", cli.path("prepare-ids.txt"), "--out",
             cli.path("prepare.jsonl")], "prepare.log")
    archived = set()
    with open(cli.path("prepare.jsonl.state")) as f:
        for line in f:
            o = json.loads(line)
            if o.get("stage") == "job":
                archived.add(o["interactionId"])
    found = [i for i in found if i not in archived]
    if len(found) < 2 * TRANSCRIPTS:
        raise RuntimeError("only %d interactions to extract" % len(found))
    # Two sets: the same request twice would be a second job by right, not a duplicate.
    plan.interactions = [found[:TRANSCRIPTS], found[TRANSCRIPTS:2 * TRANSCRIPTS]]
    return plan


# ---- the jobs; each returns (resumed, notes) or raises Failure ----

def lines_in(path):
    try:
        with open(path, "rb") as f:
            return f.read().count(b"\n")
    except OSError:
        return 0


def job_segments(cli, sim, plan, base, killed=False):
    name = "segment-killed" if killed else "segment"
    out = cli.path(name + ".csv")
    sink = "cdp-" + name
    args = ["segments", "export", plan.segment, "--out", out, "--page-size", str(SEGMENT_PAGE),
            "--cdp-url", sim.url + "/_sim/webhooks/" + sink]
    resumed, code, err = cli.run_or_resume(
        args, "segments.log", killed, lambda: sim.sink(sink)["uniqueRequestIds"] >= 5, "export")
    if code != 0:
        raise Failure("export exit %d: %s" % (code, err.strip().splitlines()[-1:]))
    with open(out, newline="", encoding="utf-8") as f:
        records = list(csv.reader(f))
    if "lastUpdated" in records[0]:
        # Seeded relative to the simulator's start: it differs between tenants, never empty.
        at = records[0].index("lastUpdated")
        if any(len(r) <= at or not r[at].endswith("Z") for r in records[1:]):
            raise Failure("a record without its lastUpdated time")
        records = [r[:at] + r[at + 1:] for r in records]
    body = sorted(records[1:])
    ids = [r[0] for r in body]
    if len(set(ids)) != len(ids):
        raise Failure("%d records twice in the output" % (len(ids) - len(set(ids))))
    if len(ids) != plan.members:
        raise Failure("%d records written, the segment has %d" % (len(ids), plan.members))
    if base is not None and body != base["segment"]:
        raise Failure("the output differs from the run without faults")
    delivered = []
    pages = sink_bodies(sim, sink)
    for b in pages:
        delivered += [r.get("contactId") for r in b.get("records", [])]
    missing = len(set(ids) - set(delivered))
    twice = len(delivered) - len(set(delivered))
    if missing or twice:
        raise Failure("CDP: %d records never delivered, %d delivered twice" % (missing, twice))
    return resumed, {"segment": body}, "%d records, %d pages" % (len(ids), len(pages))


def job_sanitize(cli, sim, plan, base):
    before = sim.get("/_sim/contactlists/%s?contacts=1" % SANITIZE_LIST)
    preview = cli.path("preview.csv")
    journal = cli.path("sanitize-journal.jsonl")
    code, _, err = cli.run(["lists", "sanitize", SANITIZE_LIST, "--regions", SANITIZE_REGION,
                            "--preview",
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


def job_enrich(cli, sim, plan, base, killed=False):
    name = "enrich-killed" if killed else "enrich"
    path = cli.path(name + ".csv")
    values = plan.enrich[1 if killed else 0]
    with open(path, "w") as f:
        f.write(plan.enrich_csv[1 if killed else 0])
    journal = cli.path(name + "-journal.jsonl")
    sink = "crm-killed" if killed else "crm"
    hook = sim.url + "/_sim/webhooks/" + sink
    args = ["enrich", ENRICH_CAMPAIGN, "--csv", path, "--apply", "--journal", journal,
            "--webhook-url", hook]
    def part_way():
        try:
            with open(journal, "rb") as f:
                return f.read().count(b'"type":"result"') >= 1
        except OSError:
            return False
    resumed, code, err = cli.run_or_resume(args, "enrich.log", killed, part_way, "apply")
    if code != 0:
        raise Failure("enrich exit %d: %s" % (code, err.strip().splitlines()[-1:]))
    after = sim.get("/_sim/contactlists/%s?contacts=1" % ENRICH_LIST)
    wrong = 0
    for line in after["rows"]:
        cid, _, attributes = line.split("\t", 2)
        if cid in values:
            a = json.loads(attributes)
            score, tier = values[cid]
            if a.get("priority_score") != score or a.get("loyalty_tier") != tier:
                wrong += 1
    if wrong:
        raise Failure("%d contacts do not hold the file's values" % wrong)
    if base is not None and name in base and after["digest"] != base[name]:
        raise Failure("the list differs from the run without faults")
    hooks = [w for w in sim.get("/_sim/state")["counts"]["enrichment"]["webhooks"]
             if w.get("url") == hook]
    named = []
    for b in sink_bodies(sim, sink):
        named += b.get("contactIds", [])
    twice = len(named) - len(set(named))
    never = len(set(values) - set(named))
    problems = []
    if len(hooks) != 1:
        problems.append("%d webhook registrations" % len(hooks))
    if never:
        problems.append("%d contacts in no contact.enriched event" % never)
    if twice:
        problems.append("%d contacts in two contact.enriched events" % twice)
    if problems:
        raise Failure("values right; " + ", ".join(problems))
    return resumed, {name: after["digest"]}, "%d contacts" % len(values)


def job_transcripts(cli, sim, plan, base, killed=False):
    name = "transcripts-killed" if killed else "transcripts"
    wanted = plan.interactions[1 if killed else 0]
    ids = cli.path(name + "-ids.txt")
    with open(ids, "w") as f:
        f.write("\n".join(wanted) + "\n")
    out = cli.path(name + ".jsonl")
    sink = "lake-killed" if killed else "lake"
    jobs_before = sim.get("/_sim/transcripts")
    args = ["transcripts", "extract", "--ids", ids, "--out", out, "--lake-url",
            sim.url + "/_sim/webhooks/" + sink]
    if sim.submit_fault:
        sim.put("/_sim/faults", {"route": "POST /api/v2/interactions/transcripts",
                                 "fail-next": 1, "fail-kind": sim.submit_fault})
    resumed, code, err = cli.run_or_resume(
        args, "transcripts.log", killed, lambda: lines_in(out) >= TRANSCRIPTS // 3, "extraction")
    if code != 0:
        raise Failure("extract exit %d: %s" % (code, err.strip().splitlines()[-1:]))
    lines = sorted(file_lines(out))
    got = [json.loads(l)["interactionId"] for l in lines]
    if len(set(got)) != len(got):
        raise Failure("%d transcripts twice in the output" % (len(got) - len(set(got))))
    if set(got) != set(wanted):
        raise Failure("%d transcripts missing" % len(set(wanted) - set(got)))
    if len(got) != len(wanted):
        raise Failure("%d lines for %d transcripts" % (len(got), len(wanted)))
    if not all(json.loads(l).get("masked") for l in lines):
        raise Failure("an unmasked transcript in the output")
    if base is not None and name in base and lines != base[name]:
        raise Failure("the output differs from the run without faults")
    pushed = [b.get("interactionId") for b in sink_bodies(sim, sink)]
    twice = len(pushed) - len(set(pushed))
    never = len(set(wanted) - set(pushed))
    tenant = sim.get("/_sim/transcripts")
    problems = []
    if never:
        problems.append("%d never reached the lake" % never)
    if twice:
        problems.append("%d reached the lake twice" % twice)
    duplicates = tenant.get("duplicateJobs", 0) - jobs_before.get("duplicateJobs", 0)
    if duplicates:
        problems.append("%d jobs created twice" % duplicates)
    if problems:
        raise Failure(", ".join(problems))
    jobs = tenant["jobsSubmitted"] - jobs_before.get("jobsSubmitted", 0)
    if jobs > (2 if killed else 1):
        raise Failure("%d jobs for %d transcripts in %d run(s)" % (jobs, len(got), 1 + resumed))
    replays = tenant.get("idempotentReplays", 0) - jobs_before.get("idempotentReplays", 0)
    return resumed, {name: lines}, "%d transcripts, %d jobs, %d found again by key" % (
        len(got), jobs, replays)


RUNNERS = {
    "segments export": job_segments,
    "segments export, killed": lambda *a: job_segments(*a, killed=True),
    "sanitize + restore": job_sanitize,
    "audiences put": job_audiences,
    "enrich apply": job_enrich,
    "enrich apply, killed": lambda *a: job_enrich(*a, killed=True),
    "transcripts extract": job_transcripts,
    "transcripts extract, killed": lambda *a: job_transcripts(*a, killed=True),
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
    ap.add_argument("--jobs", default="",
                    help="jobs to run, separated by ';' (default: all): " + "; ".join(JOBS))
    ap.add_argument("--table", help="also write the table (Markdown) here")
    ap.add_argument("--keep", action="store_true", help="keep the working folders")
    a = ap.parse_args()
    cli_bin = os.path.join(a.build, "app", "cli", "cxone-cli")
    sim_bin = os.path.join(a.build, "app", "sim", "cxone-sim")
    for b in (cli_bin, sim_bin):
        if not os.access(b, os.X_OK):
            sys.exit("fault_matrix: %s is not built (pass --build DIR)" % b)
    settings = [s for s in SETTINGS if not a.settings or s[0] in a.settings.split(",")]
    jobs = [j for j in JOBS if not a.jobs or j in [x.strip() for x in a.jobs.split(";")]]
    if not any(s[0] == "none" for s in settings):
        settings.insert(0, SETTINGS[0])  # the baseline the others are compared with

    root = tempfile.mkdtemp(prefix="fault-matrix-")
    started = time.monotonic()
    results = {}
    base = None
    plan = None
    try:
        for name, flags, submit_fault in settings:
            work = os.path.join(root, name.replace(" ", "-"))
            os.makedirs(work)
            sim = Sim(sim_bin, flags, work, submit_fault)
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
                        for k, v in keep.items():
                            captured.setdefault(k, v)
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
