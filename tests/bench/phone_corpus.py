#!/usr/bin/env python3
"""Writes a file of messy phone numbers, one a line, written independently of the simulator's
generator: 14 regions, national and international formats, separators, extensions, letters,
garbage and repeats. For timing `cxone-cli phones check` as people run it.

    phone_corpus.py [--lines 300000] [--distinct 216000] [--seed 7] > numbers.txt
"""
import argparse
import random

# region: (country code, trunk prefix, [(national significant number pattern)])
# 'N' is 2-9, 'D' is 0-9.
REGIONS = {
    "US": ("1", "", ["212NDDDDDD", "415NDDDDDD", "646NDDDDDD", "312NDDDDDD", "617NDDDDDD",
                     "800NDDDDDD", "900NDDDDDD"]),
    "CA": ("1", "", ["416NDDDDDD", "604NDDDDDD", "514NDDDDDD"]),
    "GB": ("44", "0", ["7NDDDDDDDD", "207DDDDDDD", "161DDDDDDD", "800DDDDDDD"]),
    "DE": ("49", "0", ["15DDDDDDDDD", "17DDDDDDDD", "30DDDDDDDD", "89DDDDDDD"]),
    "FR": ("33", "0", ["6DDDDDDDD", "7DDDDDDDD", "1DDDDDDDD", "4DDDDDDDD"]),
    "AU": ("61", "0", ["4DDDDDDDD", "2DDDDDDDD", "3DDDDDDDD"]),
    "IN": ("91", "0", ["9DDDDDDDDD", "8DDDDDDDDD", "11DDDDDDDD"]),
    "BR": ("55", "0", ["119DDDDDDDD", "21NDDDDDDD"]),
    "MX": ("52", "", ["55DDDDDDDD", "33DDDDDDDD"]),
    "JP": ("81", "0", ["90DDDDDDDD", "3DDDDDDDD", "80DDDDDDDD"]),
    "ES": ("34", "", ["6DDDDDDDD", "91DDDDDDD"]),
    "IT": ("39", "", ["3DDDDDDDDD", "06DDDDDDDD"]),
    "NL": ("31", "0", ["6DDDDDDDD", "20DDDDDDD"]),
    "SE": ("46", "0", ["7DDDDDDDD", "8DDDDDDD"]),
}
WEIGHTS = {"US": 30, "CA": 6, "GB": 8, "DE": 6, "FR": 5, "AU": 4, "IN": 6, "BR": 4, "MX": 4,
           "JP": 3, "ES": 3, "IT": 3, "NL": 2, "SE": 2}
GARBAGE = ["", "n/a", "N/A", "none", "unknown", "123", "0000000000", "call me", "+",
           "1-800-FLOWERS", "555-CALL-NOW", "tel:", "#REF!", "00000", "+1 (", "-----"]


def digits(pattern, rng):
    return "".join(str(rng.randint(2, 9)) if c == "N" else str(rng.randint(0, 9)) if c == "D"
                   else c for c in pattern)


def grouped(nsn, rng, sep):
    out, i = [], 0
    while i < len(nsn):
        step = rng.choice((2, 3, 4))
        out.append(nsn[i:i + step])
        i += step
    return sep.join(out)


def one(rng):
    if rng.random() < 0.04:
        return rng.choice(GARBAGE)
    region = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
    cc, trunk, patterns = REGIONS[region]
    nsn = digits(rng.choice(patterns), rng)
    style = rng.random()
    sep = rng.choice((" ", "-", ".", "", " "))
    if region in ("US", "CA") and style < 0.35:
        text = "(%s) %s-%s" % (nsn[:3], nsn[3:6], nsn[6:])
    elif style < 0.55:
        text = "+%s %s" % (cc, grouped(nsn, rng, sep))
    elif style < 0.65:
        text = "00%s%s%s" % (cc, sep, grouped(nsn, rng, sep))
    elif style < 0.72:
        text = "+%s (%s) %s" % (cc, trunk or "0", grouped(nsn, rng, sep)) if trunk else \
            "+%s%s" % (cc, nsn)
    else:
        text = (trunk if region not in ("US", "CA") else rng.choice(("", "1", "1-"))) + \
            grouped(nsn, rng, sep)
    r = rng.random()
    if r < 0.05:
        text += rng.choice((" ext. ", " x", " ext ", ";ext=", " #")) + str(rng.randint(1, 9999))
    elif r < 0.08:
        text = " %s " % text
    elif r < 0.09:
        text = text.replace("5", "S", 1)
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=300000)
    ap.add_argument("--distinct", type=int, default=216000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    pool, seen = [], set()
    while len(pool) < a.distinct:
        t = one(rng)
        if t not in seen:
            seen.add(t)
            pool.append(t)
    lines = pool + [rng.choice(pool) for _ in range(a.lines - len(pool))]
    rng.shuffle(lines)
    print("\n".join(lines))


main()
