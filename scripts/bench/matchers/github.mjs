// The 203 GitHub routes of ../shared/corpus/routes/github-routes.txt as benchmark requests: one request per route,
// each parameter replaced by the sample value tests/ContractGen.Benchmarks/GithubRoutes.cs uses, with the operation id
// that file gives the route in its contract (so every harness can check that a request resolves to its own route).
//   node github.mjs ROUTES_TXT OUT_JSON     writes [{method, route, template, path, id, variables}]
import { readFileSync, writeFileSync } from "node:fs";

const SAMPLES = { owner: "julienschmidt", repo: "httprouter", number: "42", id: "42", user: "gopher", sha: "3d8b2f6a", ref: "heads%2Fmain" };

const sample = (name) => SAMPLES[name] ?? "x" + name;
const decoded = (value) => decodeURIComponent(value);

/** One entry per route line: method, the find-my-way route (`:param`), the OpenAPI template, a request path, the id. */
export function loadGithubRoutes(file) {
  const routes = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const parts = line.trim().split(/ +/);
    if (parts.length !== 2) {
      continue;
    }
    const [method, route] = parts;
    const segments = route.split("/");
    const isParam = (s) => s.startsWith(":");
    const template = segments.map((s) => (isParam(s) ? `{${s.slice(1)}}` : s)).join("/");
    const path = segments.map((s) => (isParam(s) ? sample(s.slice(1)) : s)).join("/");
    const id = (method.toLowerCase() + segments.map((s) => (isParam(s) ? "_by_" + s.slice(1) : "_" + s)).join("")).replaceAll("__", "_");
    const variables = Object.fromEntries(segments.filter(isParam).map((s) => [s.slice(1), decoded(sample(s.slice(1)))]));
    routes.push({ method, route, template, path, id, variables });
  }
  return routes;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const routes = loadGithubRoutes(process.argv[2]);
  writeFileSync(process.argv[3], JSON.stringify(routes, null, 1) + "\n");
  console.error(`github.mjs: ${routes.length} requests written to ${process.argv[3]}`);
}
