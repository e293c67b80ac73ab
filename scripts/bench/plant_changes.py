"""Plants 10 breaking changes into a copy of googleapis protos, each in a file of its own (benchmark input).

    plant_changes.py ROOT FILES_LIST > planted.tsv

Edits only direct members of top-level messages, enums and services (never oneofs, nested types or extend blocks),
and leaves alone names that appear in a string literal of the file (HTTP templates, method signatures, resource
patterns), so each change is exactly the one its label says. Prints one tab-separated line per change: label, file,
element, the rule IDs buf reports for it (FILE category), the rule IDs only contractgen has. Exits 1 when a change
could not be planted.
"""
import re
import sys

root, listfile = sys.argv[1], sys.argv[2]
files = [l.strip() for l in open(listfile) if l.strip()]
FIELD = re.compile(r"^  (repeated )?(\w+) (\w+) = (\d+)( \[[^\]]*\])?;$")
ENUM_VALUE = re.compile(r"^  ([A-Z][A-Z0-9_]*) = ([1-9]\d*);$")


def code(line):
    """The line without string literals and // comments (for brace counting)."""
    return re.sub(r"//.*", "", re.sub(r'"(\\.|[^"\\])*"', '""', line))


def blocks(lines, kind):
    """(name, first, last) line indexes of each top-level `kind Name {` block."""
    i = 0
    while i < len(lines):
        m = re.match(rf"^{kind} (\w+) \{{", lines[i])
        if not m:
            i += 1
            continue
        depth, j = 0, i
        while True:
            depth += code(lines[j]).count("{") - code(lines[j]).count("}")
            if depth == 0:
                break
            j += 1
        yield m.group(1), i, j
        i = j + 1


def quoted(text, name):
    return re.search(r'"[^"\n]*\b' + re.escape(name) + r'\b[^"\n]*"', text) is not None


def field_edit(types, change):
    """Edits the first direct field of one of `types` in a top-level message; change(line, m, body) -> new line or None."""
    def edit(lines, text, package):
        for msg, first, last in blocks(lines, "message"):
            body = lines[first:last + 1]
            for k in range(first + 1, last):
                m = FIELD.match(lines[k])
                if m and not m.group(1) and m.group(2) in types and not quoted(text, m.group(3)):
                    new = change(lines[k], m, body)
                    if new is not None:
                        return lines[:k] + new + lines[k + 1:], f"{package}.{msg}.{m.group(3)}"
        return None
    return edit


def renumber(line, m, body):
    if any(re.match(r"^  (reserved|extensions) ", b) for b in body):
        return None
    n = int(m.group(4)) + 1000
    return None if any(f" = {n};" in b or f" = {n} [" in b for b in body) else [line.replace(f"= {m.group(4)}", f"= {n}", 1)]


def rename(line, m, body):
    new = m.group(3) + "_renamed"
    return None if any(re.search(rf"\b{new}\b", b) for b in body) else [line.replace(f" {m.group(3)} =", f" {new} =", 1)]


def json_name(line, m, body):
    option = f'json_name = "x{m.group(3)}"'
    return [line[:-2] + f", {option}];" if m.group(5) else line[:-1] + f" [{option}];"]


def remove_enum_value(lines, text, package):
    for enum, first, last in blocks(lines, "enum"):
        for k in range(first + 1, last):
            m = ENUM_VALUE.match(lines[k])
            if m and len(re.findall(rf"\b{m.group(1)}\b", text)) == 1:
                return lines[:k] + lines[k + 1:], f"{package}.{enum}.{m.group(1)}"
    return None


def remove_rpc(lines, text, package):
    for service, first, last in blocks(lines, "service"):
        rpcs = [k for k in range(first + 1, last) if lines[k].startswith("  rpc ")]
        if len(rpcs) < 2:
            continue
        k = rpcs[-1]
        end, depth = k, 0
        while True:
            depth += code(lines[end]).count("{") - code(lines[end]).count("}")
            if depth == 0 and (lines[end].rstrip().endswith(";") or lines[end].rstrip().endswith("}")):
                break
            end += 1
        name = re.match(r"^  rpc (\w+)", lines[k]).group(1)
        return lines[:k] + lines[end + 1:], f"{package}.{service}.{name}"
    return None


def http_edit(pattern, repl):
    def edit(lines, text, package):
        for k, line in enumerate(lines):
            if not line.lstrip().startswith("//") and re.search(pattern, line):
                rpc = next(re.match(r"^  rpc (\w+)", lines[j]).group(1) for j in range(k, -1, -1) if lines[j].startswith("  rpc "))
                return lines[:k] + [re.sub(pattern, repl, line, count=1)] + lines[k + 1:], f"{package}.{rpc}"
        return None
    return edit


edits = [
    ("delete a field", field_edit({"string", "int32", "int64", "bool"}, lambda line, m, body: []), "FIELD_NO_DELETE", ""),
    ("change a field type", field_edit({"int32"}, lambda line, m, body: [line.replace("int32 ", "string ", 1)]), "FIELD_SAME_TYPE", ""),
    ("renumber a field", field_edit({"bool"}, renumber), "FIELD_NO_DELETE", ""),
    ("rename a field", field_edit({"string"}, rename), "FIELD_SAME_JSON_NAME,FIELD_SAME_NAME", ""),
    ("remove an RPC", remove_rpc, "RPC_NO_DELETE", ""),
    ("change an http path", http_edit(r'\b(get|post): "/v1/', r'\1: "/v1beta/'), "", "HTTP_SAME_PATH"),
    ("change an http method", http_edit(r'\bget: "/v1/', 'post: "/v1/'), "", "HTTP_SAME_METHOD"),
    ("remove an enum value", remove_enum_value, "ENUM_VALUE_NO_DELETE", ""),
    ("make a field repeated", field_edit({"int64"}, lambda line, m, body: [line.replace("  int64 ", "  repeated int64 ", 1)]), "FIELD_SAME_CARDINALITY", ""),
    ("change a json_name", field_edit({"string"}, json_name), "FIELD_SAME_JSON_NAME", ""),
]
used = set()
missing = []
for label, edit, buf_rules, our_rules in edits:
    for f in files:
        if f in used:
            continue
        path = f"{root}/{f}"
        text = open(path, encoding="utf-8").read()
        package = (re.search(r"^package ([\w.]+);", text, re.M) or [None, ""])[1]
        result = edit(text.split("\n"), text, package)
        if result:
            open(path, "w", encoding="utf-8").write("\n".join(result[0]))
            used.add(f)
            print(f"{label}\t{f}\t{result[1]}\t{buf_rules}\t{our_rules}")
            break
    else:
        missing.append(label)
if missing:
    sys.exit("could not plant: " + ", ".join(missing))
