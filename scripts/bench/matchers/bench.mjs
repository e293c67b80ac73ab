// TypeScript matcher benchmark: the generated matcher (compiled with tsc) vs find-my-way vs a naive regex loop, in one
// process, on the 203 GitHub routes with one request per route. Samples of the routers are interleaved so that load
// from other processes hits them alike. Prints one JSON line per router and a table.
//   node bench.mjs GENERATED_DIST_INDEX REQUESTS_JSON FIND_MY_WAY_DIR [ROUNDS] [SAMPLES]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const [generatedIndex, requestsFile, fmwDir, roundsArg, samplesArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 2000);
const samples = Number(samplesArg ?? 11);
const { matcher } = await import(pathToFileURL(generatedIndex).href);
const FindMyWay = createRequire(import.meta.url)(fmwDir);
const requests = JSON.parse(readFileSync(requestsFile, "utf8"));

const fmw = FindMyWay();
for (const r of requests) {
  fmw.on(r.method, r.route, () => r.id, { id: r.id });
}

/** Naive floor: per-route anchored regexes, most specific first (a literal beats a parameter at each position). */
const specificity = (route) => route.split("/").map((s) => (s.startsWith(":") ? "1" : "0")).join("");
const regexRoutes = [...requests]
  .sort((a, b) => (specificity(a.route) < specificity(b.route) ? -1 : specificity(a.route) > specificity(b.route) ? 1 : 0))
  .map((r) => ({
    method: r.method,
    id: r.id,
    names: r.route.split("/").filter((s) => s.startsWith(":")).map((s) => s.slice(1)),
    regex: new RegExp("^" + r.route.split("/").map((s) => (s.startsWith(":") ? "([^/]+)" : s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("/") + "$"),
  }));
function regexMatch(method, path) {
  for (const r of regexRoutes) {
    if (r.method !== method) {
      continue;
    }
    const m = r.regex.exec(path);
    if (m !== null) {
      const variables = {};
      for (let i = 0; i < r.names.length; i++) {
        variables[r.names[i]] = decodeURIComponent(m[i + 1]);
      }
      return { id: r.id, variables };
    }
  }
  return null;
}

const routers = {
  contractgen: (method, path) => {
    const m = matcher.match(method, path);
    return m.status === 200 ? { id: m.id, variables: m.variables } : null;
  },
  "find-my-way": (method, path) => {
    const m = fmw.find(method, path);
    return m === null ? null : { id: m.store.id, variables: m.params };
  },
  "regex-loop": regexMatch,
};

// Setup check: every request resolves to its own route, with the same variables, in every router.
for (const [name, lookup] of Object.entries(routers)) {
  for (const r of requests) {
    const m = lookup(r.method, r.path);
    if (m === null || m.id !== r.id || JSON.stringify({ ...m.variables }) !== JSON.stringify(r.variables)) {
      throw new Error(`${name}: ${r.method} ${r.path} gave ${JSON.stringify(m)}, expected ${r.id} ${JSON.stringify(r.variables)}`);
    }
  }
}

const methods = requests.map((r) => r.method);
const paths = requests.map((r) => r.path);
const loops = {
  contractgen: (n) => {
    let found = 0;
    for (let k = 0; k < n; k++) {
      for (let i = 0; i < paths.length; i++) {
        found += matcher.match(methods[i], paths[i]).status;
      }
    }
    return found;
  },
  "find-my-way": (n) => {
    let found = 0;
    for (let k = 0; k < n; k++) {
      for (let i = 0; i < paths.length; i++) {
        found += fmw.find(methods[i], paths[i]) === null ? 0 : 1;
      }
    }
    return found;
  },
  "regex-loop": (n) => {
    let found = 0;
    for (let k = 0; k < n; k++) {
      for (let i = 0; i < paths.length; i++) {
        found += regexMatch(methods[i], paths[i]) === null ? 0 : 1;
      }
    }
    return found;
  },
};

const names = Object.keys(loops);
const wall = Object.fromEntries(names.map((n) => [n, []]));
const cpu = Object.fromEntries(names.map((n) => [n, []]));
let sink = 0;
for (let s = -2; s < samples; s++) {
  for (let j = 0; j < names.length; j++) {
    const name = names[(s + 3 + j) % names.length];
    const n = name === "regex-loop" ? Math.max(1, Math.floor(rounds / 10)) : rounds;
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    sink += loops[name](n);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const c1 = process.cpuUsage(c0);
    if (s >= 0) {
      wall[name].push((n * paths.length) / seconds);
      cpu[name].push((n * paths.length) / ((c1.user + c1.system) / 1e6));
    }
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const m = (x) => (x / 1e6).toFixed(2);
console.log(`| router (node ${process.version}, ${requests.length} routes, ${samples} samples × ${rounds} rounds) | median M lookups/s (wall) | best M/s (wall) | median M lookups per CPU-s |`);
console.log("|---|---|---|---|");
for (const name of names) {
  console.log(`| ${name} | ${m(median(wall[name]))} | ${m(Math.max(...wall[name]))} | ${m(median(cpu[name]))} |`);
}
for (const name of names) {
  console.error(JSON.stringify({ language: "typescript", router: name, medianWall: Math.round(median(wall[name])), bestWall: Math.round(Math.max(...wall[name])), medianCpu: Math.round(median(cpu[name])) }));
}
if (sink === 0) {
  console.error("no lookups");
}
