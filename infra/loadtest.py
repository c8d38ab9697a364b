#!/usr/bin/env python3
"""
A bounded load test of a running Knooppunt (infra/try-local.sh --load N starts gunicorn behind
nginx and calls this). Sends N requests in total from a few threads to the portal and the four
demo hubs, then reports throughput, errors and latency, and checks every hub response for content
of another hub (another hub's name, or a link into another hub's media; the search runs in
"deze hub", see discover()).

    infra/loadtest.py --base http://127.0.0.1:8080 --requests 2000 --threads 8

Loopback only; stops by itself after N requests (and after --max-seconds at the latest).
"""

import argparse
import http.client
import re
import sys
import threading
import time
from urllib.parse import urlparse

HUBS = ["hardenberg.localhost", "helmond.localhost", "twente.localhost", "cranendonck.localhost"]
PORTAL = "localhost"


def get(base, host, path):
    parts = urlparse(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    started = time.perf_counter()
    try:
        conn.request("GET", path, headers={"Host": host})
        response = conn.getresponse()
        return response.status, response.read().decode(errors="replace"), time.perf_counter() - started
    except OSError as error:
        return 0, str(error), time.perf_counter() - started
    finally:
        conn.close()


def discover(base):
    """Per host: its name (hubs) and the paths to load (home, search, sitemap, content pages)."""
    targets = {}
    for host in [PORTAL, *HUBS]:
        status, home, _ = get(base, host, "/")
        if status != 200:
            sys.exit(f"{host} answers {status}; is the demo network loaded (make prepare)?")
        name = re.search(r'class="kp-brand__name">([^<]+)<', home).group(1)
        sitemap = get(base, host, "/sitemap.xml")[1]
        pages = [re.sub(r"^https?://[^/]+", "", loc) for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap)][:8]
        # The search in "deze hub": in "overal" (the default) other hubs' public pages, and their
        # names in the hub filter, are what federated search is for, not content leaking over.
        targets[host] = {"name": name, "paths": ["/", "/zoeken/?q=ouders&scope=hub", "/sitemap.xml", *pages]}
    return targets


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://127.0.0.1:8080")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--max-seconds", type=float, default=600)
    options = parser.parse_args()
    if urlparse(options.base).hostname not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("Alleen tegen dit apparaat (loopback).")

    targets = discover(options.base)
    plan = [(host, path) for host, target in targets.items() for path in target["paths"]]
    names = {host: target["name"] for host, target in targets.items()}
    schemas = {host: host.split(".")[0] for host in HUBS}
    lock = threading.Lock()
    counter = iter(range(options.requests))
    results, leaks = [], []
    deadline = time.monotonic() + options.max_seconds

    def worker():
        while time.monotonic() < deadline:
            with lock:
                number = next(counter, None)
            if number is None:
                return
            host, path = plan[number % len(plan)]
            status, body, seconds = get(options.base, host, path)
            leak = None
            if host in HUBS and status == 200:
                for other in HUBS:
                    if other != host and (names[other] in body or f"/media/{schemas[other]}/" in body):
                        leak = f"{host}{path} bevat iets van {other}"
            with lock:
                results.append((status, seconds))
                if leak:
                    leaks.append(leak)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(options.threads)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started

    latencies = sorted(seconds for _, seconds in results)
    errors = sum(1 for status, _ in results if status != 200)
    by_status = {}
    for status, _ in results:
        by_status[status] = by_status.get(status, 0) + 1
    print(f"verzoeken: {len(results)} in {elapsed:.1f} s = {len(results) / elapsed:.1f} per seconde ({options.threads} tegelijk)")
    print(f"hosts: {len(targets)} ({', '.join(targets)}), verschillende adressen: {len(plan)}")
    print(f"statussen: {dict(sorted(by_status.items()))}; fouten: {errors}")
    print(
        f"looptijd: mediaan {latencies[len(latencies) // 2] * 1000:.0f} ms, "
        f"p95 {latencies[int(len(latencies) * 0.95)] * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms"
    )
    print(f"inhoud van een andere hub in een antwoord: {len(leaks)}" + (f" (bijv. {leaks[0]})" if leaks else ""))
    return 1 if errors or leaks else 0


if __name__ == "__main__":
    sys.exit(main())
