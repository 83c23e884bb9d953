#!/usr/bin/env python3
"""Helper of scripts/fault-restart.sh (Python 3 standard library only).

  fault_restart_load.py load BASE_URL TOKEN CLIENTS SECONDS RUN_ID RECORDS.tsv
      CLIENTS threads, each on one keep-alive connection, send POST /chats with a unique title
      ("<RUN_ID>-<client>-<n>") for SECONDS; every request becomes one line of RECORDS.tsv:
      start (epoch s), end (epoch s), title, status (0 = no HTTP answer), content type, error.
      Prints the number of requests sent.

  fault_restart_load.py check RECORDS.tsv TITLES_IN_DB.txt STOP_EPOCH READY_EPOCH MAX_RECOVERY_S
      Checks the records against the titles found in the database and prints the findings and a timeline
      (answers per second, seconds counted from the stop of PostgreSQL); exits 1 when a check fails.
"""
import http.client
import json
import sys
import threading
import time
import urllib.parse


def load(base, token, clients, seconds, run_id, out_path):
    url = urllib.parse.urlsplit(base)
    deadline = time.time() + seconds
    lock = threading.Lock()
    out = open(out_path, "w", encoding="utf-8")

    def client(number):
        conn = None
        n = 0
        while time.time() < deadline:
            n += 1
            title = f"{run_id}-{number}-{n}"
            body = json.dumps({"title": title})
            start = time.time()
            status, ctype, error = 0, "", ""
            try:
                if conn is None:
                    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
                conn.request("POST", "/chats", body=body, headers={
                    "Authorization": "Bearer " + token,
                    "Content-Type": "application/json",
                    "Accept": "application/json",
                })
                response = conn.getresponse()
                response.read()
                status = response.status
                ctype = response.getheader("Content-Type", "")
                if (response.getheader("Connection", "") or "").lower() == "close":
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException) as exc:
                error = type(exc).__name__ + ": " + str(exc).replace("\t", " ").replace("\n", " ")
                if conn is not None:
                    conn.close()
                conn = None
            end = time.time()
            with lock:
                out.write(f"{start:.6f}\t{end:.6f}\t{title}\t{status}\t{ctype}\t{error}\n")
            if status == 0:
                time.sleep(0.05)  # the server is unreachable: do not spin
        if conn is not None:
            conn.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    out.close()
    with open(out_path, encoding="utf-8") as records:
        print(sum(1 for _ in records))


def check(records_path, titles_path, stop_epoch, ready_epoch, max_recovery):
    records = []
    with open(records_path, encoding="utf-8") as f:
        for line in f:
            start, end, title, status, ctype, error = line.rstrip("\n").split("\t")
            records.append((float(start), float(end), title, int(status), ctype, error))
    with open(titles_path, encoding="utf-8") as f:
        in_db = {line.rstrip("\n") for line in f if line.strip()}
    records.sort(key=lambda r: r[1])
    ok = True

    created = [r for r in records if r[3] == 201]
    missing = [r for r in created if r[2] not in in_db]
    def is_problem_503(r):
        return r[3] == 503 and r[4].startswith("application/problem+json")

    unavailable = [r for r in records if is_problem_503(r)]
    others = [r for r in records if r[3] != 201 and not is_problem_503(r)]
    committed_503 = [r for r in unavailable if r[2] in in_db]
    known = {r[2] for r in records}
    unknown_rows = in_db - known

    print(f"requests sent: {len(records)}")
    print(f"201 created: {len(created)}")
    print(f"201 missing from the database: {len(missing)}")
    for r in missing[:20]:
        print(f"  missing: {r[2]} (answered at +{r[1] - stop_epoch:.3f} s)")
    if missing:
        ok = False
    print(f"503 application/problem+json: {len(unavailable)}")
    print(f"503 that were in fact committed: {len(committed_503)}")
    for r in committed_503[:20]:
        print(f"  committed 503: {r[2]} (sent +{r[0] - stop_epoch:.3f} s, answered +{r[1] - stop_epoch:.3f} s)")
    print(f"other answers: {len(others)}")
    summary = {}
    for r in others:
        key = (r[3], r[4], r[5][:120])
        summary.setdefault(key, []).append(r)
    for (status, ctype, error), rs in sorted(summary.items(), key=lambda kv: -len(kv[1])):
        first = min(x[1] for x in rs)
        print(f"  {len(rs)} x status {status or 'none'} '{ctype}' {error} (first answered at +{first - stop_epoch:.3f} s)")
    if others:
        ok = False
    if unknown_rows:
        print(f"rows in the database that no request sent: {len(unknown_rows)}")
        ok = False

    print("timeline (answers by the second they arrived in, from the stop of PostgreSQL):")
    buckets = {}
    for r in records:
        second = int((r[1] - stop_epoch) // 1)
        key = "201" if r[3] == 201 else ("503" if is_problem_503(r) else "other")
        buckets.setdefault(second, {"201": 0, "503": 0, "other": 0})[key] += 1
    for second in sorted(buckets):
        if -2 <= second <= (ready_epoch - stop_epoch) + 4:
            b = buckets[second]
            print(f"  {second:+3d} s: {b['201']:5d} x 201 {b['503']:4d} x 503 {b['other']:4d} other")
    print(f"  (PostgreSQL accepted connections again at +{ready_epoch - stop_epoch:.3f} s)")

    outage = [r for r in records if r[3] != 201]
    if outage:
        print(f"first non-201 answered at +{min(r[1] for r in outage) - stop_epoch:.3f} s, "
              f"last at +{max(r[1] for r in outage) - stop_epoch:.3f} s (from the stop of PostgreSQL)")
    after = [r for r in created if r[1] >= ready_epoch]
    if not after:
        print("no 201 after PostgreSQL was back")
        ok = False
    else:
        recovery = after[0][1] - ready_epoch
        print(f"time from PostgreSQL ready to the first 201: {recovery:.3f} s (limit {max_recovery:g} s)")
        if recovery > max_recovery:
            ok = False
        last_failure = max((r[1] for r in outage), default=ready_epoch)
        print(f"time from PostgreSQL ready to the last non-201: {last_failure - ready_epoch:.3f} s")
    return ok


def main(argv):
    if len(argv) == 8 and argv[1] == "load":
        load(argv[2], argv[3], int(argv[4]), float(argv[5]), argv[6], argv[7])
        return 0
    if len(argv) == 7 and argv[1] == "check":
        return 0 if check(argv[2], argv[3], float(argv[4]), float(argv[5]), float(argv[6])) else 1
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
