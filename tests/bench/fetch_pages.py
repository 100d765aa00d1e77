#!/usr/bin/env python3
"""The floor for `cxone-cli segments export`: fetch every page of a segment's contacts and
throw it away (one keep-alive connection, the token read from the end of each page, nothing
parsed or written). Loopback http only; the secret comes from CXONE_CLIENT_SECRET.

    fetch_pages.py BASE_URL SEGMENT_ID [--page-size 1000] [--client-id demo-console]
"""
import argparse
import http.client
import json
import os
import time
import urllib.parse

ap = argparse.ArgumentParser()
ap.add_argument("base")
ap.add_argument("segment")
ap.add_argument("--page-size", type=int, default=1000)
ap.add_argument("--client-id", default="demo-console")
a = ap.parse_args()
url = urllib.parse.urlsplit(a.base)
assert url.hostname in ("127.0.0.1", "localhost", "::1"), "loopback only"
conn = http.client.HTTPConnection(url.hostname, url.port)
form = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": a.client_id,
                               "client_secret": os.environ["CXONE_CLIENT_SECRET"]})
conn.request("POST", "/oauth/token", form, {"Content-Type": "application/x-www-form-urlencoded"})
token = json.loads(conn.getresponse().read())["access_token"]
headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json",
           "Accept": "application/json"}
path = "/api/v2/contacts/segments/%s/contacts/query" % a.segment
started = time.monotonic()
cursor, pages, size = "", 0, 0
while True:
    body = {"filters": [], "pagination": {"limit": a.page_size}}
    if cursor:
        body["pagination"]["continuationToken"] = cursor
    conn.request("POST", path, json.dumps(body), headers)
    page = conn.getresponse().read()
    pages += 1
    size += len(page)
    tail = page[page.rfind(b'"continuationToken":"') + 21:]
    cursor = tail[:tail.find(b'"')].decode()
    if not cursor:
        break
print("%d pages, %.1f MB in %.2f s" % (pages, size / 1e6, time.monotonic() - started))
