// Harness: runs the shared path-template vectors against the generated TypeScript matcher (compiled to dist/).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { RouteMatcher, ROUTES, matcher } from "../dist/index.js";

const data = JSON.parse(readFileSync(process.env.CONTRACTGEN_VECTORS, "utf8"));

function sorted(obj) {
  return Object.fromEntries(Object.entries(obj ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function runGroup(group, m, failures) {
  let count = 0;
  for (const c of group.match) {
    const r = c.method === undefined ? m.matchAddress(c.path) : m.match(c.method, c.path);
    const expected = { status: c.status, id: c.status === 200 ? c.id : null, variables: c.status === 200 ? sorted(c.variables) : {}, allow: c.status === 405 ? c.allow : [] };
    const actual = { status: r.status, id: c.status === 200 ? r.id : null, variables: c.status === 200 ? sorted(r.variables) : {}, allow: c.status === 405 ? [...r.allow] : [] };
    if (JSON.stringify(expected) !== JSON.stringify(actual)) {
      failures.push(`FAIL [${group.name}] match ${c.method ?? ""} ${JSON.stringify(c.path)}: expected ${JSON.stringify(expected)} got ${JSON.stringify(actual)}`);
    }
    count++;
  }
  for (const b of group.build) {
    const p = m.build(b.id, b.values);
    if (p !== b.path) {
      failures.push(`FAIL [${group.name}] build ${b.id} ${JSON.stringify(b.values)}: expected ${JSON.stringify(b.path)} got ${JSON.stringify(p)}`);
    }
    count++;
  }
  return count;
}

test("shared path-template vectors", () => {
  const failures = [];
  let count = 0;
  for (const group of data.groups) {
    count += runGroup(group, new RouteMatcher(group.table.routes), failures);
    if (group.name === data.generatedGroup) {
      // The generated table's literals must evaluate to exactly the compiled strings (escaping keeps the meaning).
      const generated = ROUTES.map((r) => ({ id: r.id, kind: r.kind, method: r.method, tokens: [...r.tokens], verb: r.verb, template: r.template }));
      assert.deepEqual(generated, group.table.routes, "generated table");
      count += runGroup(group, matcher, failures);
    }
  }
  console.log(`vectors: ${count - failures.length} passed, ${failures.length} failed`);
  assert.deepEqual(failures, []);
});
