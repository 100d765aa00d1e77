#!/usr/bin/env python3
"""Turns Microsoft Presidio's recognizer tests into labelled lines for the masker's scorer.

    python3 tests/data/presidio/convert.py PRESIDIO_CHECKOUT > tests/data/presidio/presidio.jsonl

Presidio (https://github.com/microsoft/presidio, MIT licence, (c) Presidio Contributors)
parametrises each recognizer test with a text, the number of entities its recognizer must find
and their positions. Every case becomes one line of the masker's gold format
({"text", "entities": [{"type", "start", "end"}]}, offsets in code points):

  - cases of the types the masker masks (e-mail, phone, credit card, US SSN, US ITIN, IBAN, IP):
    the entities Presidio expects; a case Presidio expects nothing in (a deliberately invalid
    number, a "not PII" case) becomes a negative line (no entities);
  - cases of recognizers for things the masker does not mask but that look like them (dates,
    MAC addresses, UK and German postcodes, ABA routing numbers): negative lines, so that the
    score shows what the masker takes for personal data there ("hard negatives").

A text that appears more than once (the phone tests run the same text at several leniencies)
keeps the case with the most entities. Nothing here was written by the masker's authors: the
texts and positions are Presidio's, copied by this script.
"""

import ast
import json
import subprocess
import sys

POSITIVE = {
    "email": "EMAIL_ADDRESS",
    "phone": "PHONE_NUMBER",
    "ph_mobile_number": "PHONE_NUMBER",
    "tr_phone_number": "PHONE_NUMBER",
    "credit_card": "CREDIT_CARD",
    "us_ssn": "US_SSN",
    "us_itin": "US_ITIN",
    "iban": "IBAN_CODE",
    "ip": "IP_ADDRESS",
}
HARD_NEGATIVE = ["date", "mac", "uk_postcode", "de_plz", "aba_routing"]


def source(repo, name):
    path = f"presidio-analyzer/tests/test_{name}_recognizer.py"
    return subprocess.run(["git", "-C", repo, "show", f"HEAD:{path}"], check=True,
                          capture_output=True, text=True).stdout, path


def cases(text):
    """(args dict) for every parametrize case of every test in the file."""
    tree = ast.parse(text)
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef):
            continue
        for dec in node.decorator_list:
            if not (isinstance(dec, ast.Call) and getattr(dec.func, "attr", "") == "parametrize"):
                continue
            try:
                names = ast.literal_eval(dec.args[0])
                values = ast.literal_eval(dec.args[1])
            except ValueError:
                continue
            if isinstance(names, str):
                names = [n.strip() for n in names.split(",")]
            for v in values:
                if not isinstance(v, tuple):
                    v = (v,)
                yield node.name, dict(zip(names, v))


def positions(args):
    for key in ("expected_positions", "expected_res", "expected_position"):
        if key in args and args[key]:
            return [tuple(p) for p in args[key]]
    if "expected_start" in args and "expected_end" in args:
        return [(args["expected_start"], args["expected_end"])]
    return []


def main():
    repo = sys.argv[1]
    head = subprocess.run(["git", "-C", repo, "rev-parse", "HEAD"], check=True,
                          capture_output=True, text=True).stdout.strip()
    lines = {}
    order = []
    for name, entity in list(POSITIVE.items()) + [(n, None) for n in HARD_NEGATIVE]:
        text, path = source(repo, name)
        for test, args in cases(text):
            t = args.get("text", args.get("iban"))
            if not isinstance(t, str) or "expected_len" not in args:
                continue
            expected = args["expected_len"]
            ents = []
            if entity and expected:
                pos = positions(args)
                if not pos and expected == 1:
                    stripped = t.strip()
                    pos = [(t.index(stripped), t.index(stripped) + len(stripped))]
                if len(pos) != expected:
                    continue  # positions not given for every entity: not usable
                ents = [{"type": entity, "start": a, "end": b} for a, b in pos]
            line = {"text": t, "entities": ents,
                    "source": f"{path}::{test}" + ("" if entity else " (hard negative)")}
            if t in lines:
                if len(ents) > len(lines[t]["entities"]):
                    lines[t] = line
                continue
            lines[t] = line
            order.append(t)
    print("# Labelled lines made from Microsoft Presidio's recognizer tests by convert.py beside")
    print(f"# this file, from https://github.com/microsoft/presidio at {head}.")
    print("# Presidio is MIT-licensed, (c) Presidio Contributors; the texts and positions are theirs.")
    print("# Lines without entities are negatives: Presidio's 'not PII' cases of the same types, and")
    print("# cases of recognizers for look-alikes (dates, MAC addresses, postcodes, ABA routing numbers).")
    for t in order:
        print(json.dumps(lines[t], ensure_ascii=False))


if __name__ == "__main__":
    main()
