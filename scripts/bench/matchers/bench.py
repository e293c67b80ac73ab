"""Python matcher benchmark: the generated matcher vs a naive regex loop over the same routes, in one process, one
request per route. Samples of the two are interleaved (timeit), so load from other processes hits them alike.

    python3 bench.py GENERATED_PACKAGE_PARENT PACKAGE REQUESTS_JSON [ROUNDS] [SAMPLES]
"""
import importlib
import json
import re
import statistics
import sys
import timeit
import urllib.parse


def regex_router(requests):
    """The floor: anchored per-route regexes, most specific first (a literal beats a parameter at each position)."""
    def specificity(route):
        return "".join("1" if s.startswith(":") else "0" for s in route.split("/"))

    routes = []
    for r in sorted(requests, key=lambda r: specificity(r["route"])):
        segments = r["route"].split("/")
        names = [s[1:] for s in segments if s.startswith(":")]
        pattern = "/".join("([^/]+)" if s.startswith(":") else re.escape(s) for s in segments)
        routes.append((r["method"], r["id"], names, re.compile("^" + pattern + "$")))

    def match(method, path):
        for route_method, route_id, names, regex in routes:
            if route_method != method:
                continue
            m = regex.match(path)
            if m is not None:
                return route_id, {n: urllib.parse.unquote(v) for n, v in zip(names, m.groups())}
        return None, None

    return match


def main():
    parent, package, requests_file = sys.argv[1:4]
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 50
    samples = int(sys.argv[5]) if len(sys.argv) > 5 else 7
    sys.path.insert(0, parent)
    matcher = importlib.import_module(package).MATCHER
    with open(requests_file, encoding="utf-8") as f:
        requests = json.load(f)
    regex_match = regex_router(requests)
    for r in requests:
        m = matcher.match(r["method"], r["path"])
        if m.status != 200 or m.id != r["id"] or dict(m.variables) != r["variables"]:
            raise SystemExit(f"contractgen: {r['method']} {r['path']} gave {m}, expected {r['id']} {r['variables']}")
        rid, variables = regex_match(r["method"], r["path"])
        if rid != r["id"] or variables != r["variables"]:
            raise SystemExit(f"regex-loop: {r['method']} {r['path']} gave {rid} {variables}, expected {r['id']}")

    pairs = [(r["method"], r["path"]) for r in requests]

    def ours():
        for method, path in pairs:
            matcher.match(method, path)

    def regex_loop():
        for method, path in pairs:
            regex_match(method, path)

    routers = {"contractgen": (ours, rounds), "regex-loop": (regex_loop, max(1, rounds // 5))}
    rates = {name: [] for name in routers}
    for s in range(samples + 1):
        for name, (fn, n) in routers.items():
            seconds = timeit.timeit(fn, number=n, timer=timeit.default_timer)
            if s > 0:
                rates[name].append(n * len(pairs) / seconds)
    version = ".".join(str(v) for v in sys.version_info[:3])
    print(f"| router (python {version}, {len(pairs)} routes, {samples} samples) | median k lookups/s | best k lookups/s |")
    print("|---|---|---|")
    for name, xs in rates.items():
        print(f"| {name} | {statistics.median(xs) / 1e3:.1f} | {max(xs) / 1e3:.1f} |")
    for name, xs in rates.items():
        print(json.dumps({"language": "python", "router": name, "median": round(statistics.median(xs)), "best": round(max(xs))}),
              file=sys.stderr)


if __name__ == "__main__":
    main()
