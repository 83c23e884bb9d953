#!/usr/bin/env python3
"""Helper of scripts/heap-check.sh (Python 3 standard library only).

  heap_check_load.py BASE_URL SECRET USER_ID COUNT THREADS TAG

Sends COUNT GET /chats requests over THREADS keep-alive connections. Every request carries its own freshly minted
HS256 access token (the claims of benchmarks/lib/mint-jwt.sh: iss fastkit, sub USER_ID, iat, exp, a random jti,
token_type access) and one extra header whose name and value are unique ("X-Heap-<TAG>-<n>: <random hex>").
Prints "<COUNT> requests: <n> x 200, ..." and the requests per second; exits 1 unless every answer was 200.
"""
import base64
import hashlib
import hmac
import http.client
import json
import sys
import threading
import time
import urllib.parse
import uuid


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


HEADER = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())


def mint(secret, user_id, lifetime=900):
    now = int(time.time())
    claims = {"iss": "fastkit", "sub": user_id, "iat": now, "exp": now + lifetime,
              "jti": str(uuid.uuid4()), "token_type": "access"}
    signing_input = HEADER + "." + b64url(json.dumps(claims, separators=(",", ":")).encode())
    signature = hmac.new(secret, signing_input.encode("ascii"), hashlib.sha256).digest()
    return signing_input + "." + b64url(signature)


def main(argv):
    if len(argv) != 7:
        print(__doc__, file=sys.stderr)
        return 2
    base, secret, user_id, count, threads, tag = argv[1], argv[2].encode(), argv[3], int(argv[4]), int(argv[5]), argv[6]
    url = urllib.parse.urlsplit(base)
    counter = iter(range(count))
    lock = threading.Lock()
    statuses = {}

    def client():
        conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        while True:
            with lock:
                n = next(counter, None)
            if n is None:
                break
            headers = {"Authorization": "Bearer " + mint(secret, user_id),
                       f"X-Heap-{tag}-{n}": uuid.uuid4().hex, "Accept": "application/json"}
            try:
                conn.request("GET", "/chats", headers=headers)
                response = conn.getresponse()
                response.read()
                key = str(response.status)
            except (OSError, http.client.HTTPException) as exc:
                key = "no answer (" + type(exc).__name__ + ")"
                conn.close()
                conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
            with lock:
                statuses[key] = statuses.get(key, 0) + 1
        conn.close()

    started = time.time()
    workers = [threading.Thread(target=client) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.time() - started
    summary = ", ".join(f"{n} x {key}" for key, n in sorted(statuses.items()))
    print(f"{count} requests: {summary} ({count / elapsed:.0f} requests/s)")
    return 0 if statuses.get("200", 0) == count else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
