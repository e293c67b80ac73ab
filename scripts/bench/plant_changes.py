"""Plants 10 breaking changes into a copy of googleapis protos (benchmark input; prints what it changed)."""
import re
import sys

root, listfile = sys.argv[1], sys.argv[2]
files = [l.strip() for l in open(listfile) if l.strip()]
edits = [
    ("delete a field", r"\n(  )(string|int32|int64|bool) (\w+) = (\d+)( \[[^\]]*\])?;", lambda m: "\n"),
    ("change a field type", r"(\n  )int32 (\w+) = (\d+);", lambda m: f"{m.group(1)}string {m.group(2)} = {m.group(3)};"),
    ("renumber a field", r"(\n  )bool (\w+) = (\d+);", lambda m: f"{m.group(1)}bool {m.group(2)} = {int(m.group(3)) + 1000};"),
    ("rename a field", r"(\n  )string (\w+) = (\d+);", lambda m: f"{m.group(1)}string {m.group(2)}_renamed = {m.group(3)};"),
    ("remove an RPC", r"\n  rpc (\w+)\((\w+)\) returns \((\w+)\);", lambda m: "\n"),
    ("change an http path", r'(get|post): "/v1/', lambda m: f'{m.group(1)}: "/v1beta/'),
    ("change an http method", r'\bget: "/v1/', lambda m: 'post: "/v1/'),
    ("remove an enum value", r"(\n  )([A-Z][A-Z_]+) = ([1-9]\d*);", lambda m: "\n"),
    ("make a field repeated", r"(\n  )int64 (\w+) = (\d+);", lambda m: f"{m.group(1)}repeated int64 {m.group(2)} = {m.group(3)};"),
    ("change a json_name", r"(\n  )string (\w+) = (\d+);", lambda m: f'{m.group(1)}string {m.group(2)} = {m.group(3)} [json_name = "x{m.group(2)}"];'),
]
used = set()
for label, pattern, repl in edits:
    for f in files:
        if f in used:
            continue
        path = f"{root}/{f}"
        text = open(path, encoding="utf-8").read()
        new, n = re.subn(pattern, repl, text, count=1)
        if n:
            open(path, "w", encoding="utf-8").write(new)
            used.add(f)
            print(f"{label}: {f}")
            break
