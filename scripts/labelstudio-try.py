#!/usr/bin/env python3
"""Talks to a running Label Studio (scripts/labelstudio-try.sh starts it): creates a project
with labelstudio.xml, imports labelstudio.json, annotates a few tasks as two users
through the API, and saves the project's JSON export twice: as the plain export
(completed_by is a user id) and as a snapshot whose completed_by carries the user's
e-mail. Standard library only.

Usage: labelstudio-try.py URL TOKEN DIR   (DIR holds labelstudio.xml and labelstudio.json)
"""
import json
import sys
import time
import urllib.request

URL, TOKEN, DIR = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]


def call(method, path, body=None, raw=False):
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(URL + path, data=data, method=method, headers={
        "Authorization": "Token " + TOKEN, "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        text = response.read()
    return text if raw else json.loads(text or b"null")


def choice(word):
    return [{"from_name": "label", "to_name": "response", "type": "choices", "value": {"choices": [word]}}]


version = call("GET", "/api/version")
print("labelstudio-try: Label Studio", version.get("release"))
config = open(DIR + "/labelstudio.xml", encoding="utf-8").read()
project = call("POST", "/api/projects/", {"title": "sysbench-kit calibration try", "label_config": config})
print("labelstudio-try: project", project["id"], "accepted the config")
tasks = json.load(open(DIR + "/labelstudio.json", encoding="utf-8"))
imported = call("POST", "/api/projects/%d/import" % project["id"], tasks)
print("labelstudio-try: imported", imported["task_count"], "tasks,", imported["prediction_count"], "predictions")

me = call("GET", "/api/current-user/whoami")
users = call("GET", "/api/users/")
bob = next((u for u in users if u["email"] == "bob@example.org"), None) or \
    call("POST", "/api/users/", {"email": "bob@example.org", "username": "bob", "first_name": "Bob"})
listed = call("GET", "/api/tasks/?project=%d&page_size=100" % project["id"])
ids = {(t["data"]["case"], t["data"]["turn"], t["data"]["item"]): t["id"] for t in listed["tasks"]}

# The first user labels three tasks, the second two; they disagree on one; the second
# user skips one task (a cancelled annotation, which gives no label).
plan = [
    (me["id"], ("wuhan-travel", 1, 1), "yes"), (me["id"], ("wuhan-travel", 2, 2), "no"),
    (me["id"], ("markup-case", 1, 3), "not applicable"),
    (bob["id"], ("wuhan-travel", 1, 1), "yes"), (bob["id"], ("wuhan-travel", 2, 2), "yes"),
]
for user, key, word in plan:
    call("POST", "/api/tasks/%d/annotations/" % ids[key], {"completed_by": user, "result": choice(word)})
call("POST", "/api/tasks/%d/annotations/" % ids[("markup-case", 2, 1)],
     {"completed_by": bob["id"], "result": [], "was_cancelled": True})
print("labelstudio-try: %d annotations and one skip by users %d and %d" % (len(plan), me["id"], bob["id"]))

plain = call("GET", "/api/projects/%d/export?exportType=JSON" % project["id"], raw=True)
open(DIR + "/labelstudio-export.json", "wb").write(plain)
print("labelstudio-try: plain export", len(plain), "bytes")

# A snapshot export can name the annotator by user object (with e-mail) instead of id.
snapshot = call("POST", "/api/projects/%d/exports/" % project["id"], {
    "title": "with e-mails", "serialization_options": {"annotations__completed_by": {"only_id": False}}})
for _ in range(120):
    state = call("GET", "/api/projects/%d/exports/%d" % (project["id"], snapshot["id"]))
    if state.get("status") in ("completed", "failed"):
        break
    time.sleep(1)
print("labelstudio-try: snapshot export", state.get("status"))
if state.get("status") == "completed":
    body = call("GET", "/api/projects/%d/exports/%d/download?exportType=JSON" % (project["id"], snapshot["id"]), raw=True)
    open(DIR + "/labelstudio-export-emails.json", "wb").write(body)
    print("labelstudio-try: e-mail export", len(body), "bytes")
