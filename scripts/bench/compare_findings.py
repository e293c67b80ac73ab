"""Compares contractgen's and buf's findings with the planted changes, finding by finding (each change has its own file).

    compare_findings.py planted.tsv buf.jsonl contractgen.json

planted.tsv: plant_changes.py output; buf.jsonl: `buf breaking --error-format json`; contractgen.json: `contractgen
breaking --format json`. Prints one line per planted change with the rule IDs each tool reported in its file, then any
finding outside the planted files. Exits 1 when a tool missed an expected rule or reported one not expected.
"""
import json
import sys

planted_path, buf_path, ours_path = sys.argv[1:4]
planted = [line.rstrip("\n").split("\t") for line in open(planted_path) if line.strip()]
buf = {}
for line in open(buf_path):
    if line.strip():
        f = json.loads(line)
        buf.setdefault(f["path"], []).append(f["type"])
ours = {}
for f in json.load(open(ours_path))["findings"]:
    ours.setdefault(f["path"], []).append(f["rule"])

ok = True
print(f"{'change':24} {'buf':42} {'contractgen':60} verdict")
for label, file, element, buf_rules, our_extra in planted:
    want_buf = sorted(filter(None, buf_rules.split(",")))
    want_ours = sorted(want_buf + list(filter(None, our_extra.split(","))))
    got_buf, got_ours = sorted(buf.pop(file, [])), sorted(ours.pop(file, []))
    good = got_buf == want_buf and got_ours == want_ours
    ok &= good
    print(f"{label:24} {','.join(got_buf) or '-':42} {','.join(got_ours) or '-':60} {'ok' if good else 'MISMATCH (expected buf ' + str(want_buf) + ', ours ' + str(want_ours) + ')'}")
    print(f"{'':24} {file} {element}")
for tool, rest in (("buf", buf), ("contractgen", ours)):
    for file, rules in sorted(rest.items()):
        ok = False
        print(f"unplanted finding ({tool}): {file}: {','.join(sorted(rules))}")
print("all planted changes found by both tools, nothing else" if ok else "DIFFERENCES above")
sys.exit(0 if ok else 1)
