// Runs the shell steps of a composite action (.github/actions/staticgen/action.yml) outside GitHub,
// in the order the action lists them, the way the runner would: each `run` with `bash -eo pipefail`,
// its `env` and `working-directory` evaluated from the inputs, GITHUB_PATH, GITHUB_OUTPUT and
// GITHUB_ACTION_PATH honoured, `if:` evaluated. Steps that `uses:` another action (checkout,
// setup-dotnet, configure-pages, cache, upload-pages-artifact) cannot run here: they are listed as
// skipped, and the caller stands in for them (a git repository with history, the SDK on the PATH).
//   node .ci/action-dry-run.mjs ACTION.yml WORKSPACE RUNNER_TEMP [input=value]...
// Prints the steps' outputs as JSON on the last line. Unknown expressions are an error, so the dry
// run cannot silently drift from the action. Needs js-yaml (NODE_PATH), as .ci/actionlint.mjs does.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { spawnSync } from "node:child_process";

const require = createRequire(process.env.NODE_PATH ? process.env.NODE_PATH + "/" : import.meta.url);
const yaml = require("js-yaml");

const [actionFile, workspace, temp, ...given] = process.argv.slice(2);
if (!actionFile || !workspace || !temp) {
  console.error("usage: node .ci/action-dry-run.mjs ACTION.yml WORKSPACE RUNNER_TEMP [input=value]...");
  process.exit(2);
}

const action = yaml.load(readFileSync(actionFile, "utf8"));
const inputs = {};
for (const [name, input] of Object.entries(action.inputs ?? {})) inputs[name] = input.default === undefined ? "" : String(input.default);
for (const pair of given) {
  const eq = pair.indexOf("=");
  const name = pair.slice(0, eq);
  if (eq < 0 || !(name in inputs)) throw new Error(`unknown input '${pair}'; the action has: ${Object.keys(inputs).join(", ")}`);
  inputs[name] = pair.slice(eq + 1);
}

const steps = {};
const context = {
  inputs,
  runner: { temp: resolve(temp), os: "Linux" },
  github: { sha: "dry-run", workspace: resolve(workspace) },
  steps,
};

function term(text) {
  const t = text.trim();
  const literal = /^'((?:[^']|'')*)'$/.exec(t);
  if (literal) return literal[1].replaceAll("''", "'");
  const path = /^([a-z]+)\.([A-Za-z0-9_-]+)(?:\.outputs\.([A-Za-z0-9_-]+))?$/.exec(t);
  if (!path || !(path[1] in context)) throw new Error(`the dry run does not know the expression '${t}'`);
  if (path[1] === "steps") return steps[path[2]]?.outputs?.[path[3]] ?? "";
  const value = context[path[1]][path[2]];
  if (value === undefined) throw new Error(`the dry run does not know '${t}'`);
  return value;
}

/** An expression: a || b || ..., or a == 'x' / a != 'x'. */
function evaluate(expr) {
  const compare = /^(.*?)\s*(==|!=)\s*(.*)$/.exec(expr.trim());
  if (compare) {
    const equal = term(compare[1]) === term(compare[3]);
    return compare[2] === "==" ? equal : !equal;
  }
  for (const part of expr.split("||")) {
    const value = term(part);
    if (value !== "") return value;
  }
  return "";
}

const interpolate = (text) => String(text).replace(/\$\{\{(.*?)\}\}/g, (_, expr) => String(evaluate(expr)));

mkdirSync(context.runner.temp, { recursive: true });
const githubPath = resolve(temp, "github_path");
writeFileSync(githubPath, "");
let path = process.env.PATH;

for (const [i, step] of (action.runs.steps ?? []).entries()) {
  const label = `step ${i + 1}: ${step.name ?? step.uses}`;
  if (step.if !== undefined && !evaluate(String(step.if).replace(/^\$\{\{(.*)\}\}$/s, "$1"))) {
    console.log(`${label}: skipped (if: ${step.if})`);
    continue;
  }
  if (step.uses !== undefined) {
    console.log(`${label}: skipped (uses ${step.uses}, a GitHub action)`);
    continue;
  }
  if (step.shell !== "bash") throw new Error(`${label}: the dry run runs bash steps only (shell: ${step.shell})`);
  console.log(`${label}: running`);
  const output = resolve(temp, `github_output_${i + 1}`);
  writeFileSync(output, "");
  const env = { ...process.env, PATH: path, RUNNER_TEMP: context.runner.temp, GITHUB_WORKSPACE: context.github.workspace, GITHUB_PATH: githubPath, GITHUB_OUTPUT: output, GITHUB_ACTION_PATH: resolve(dirname(actionFile)) };
  for (const [name, value] of Object.entries(step.env ?? {})) env[name] = interpolate(value);
  const cwd = resolve(context.github.workspace, interpolate(step["working-directory"] ?? "."));
  const run = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", step.run], { cwd, env, stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`${label}: failed (exit ${run.status ?? run.signal})`);
    process.exit(1);
  }
  if (step.id) {
    const outputs = {};
    for (const line of readFileSync(output, "utf8").split("\n")) {
      const eq = line.indexOf("=");
      if (eq > 0) outputs[line.slice(0, eq)] = line.slice(eq + 1);
    }
    steps[step.id] = { outputs };
  }
  const added = readFileSync(githubPath, "utf8").split("\n").filter((l) => l.length > 0);
  path = [...added.reverse(), process.env.PATH].join(":");
}

const result = {};
for (const [name, output] of Object.entries(action.outputs ?? {})) result[name] = interpolate(output.value);
console.log(JSON.stringify(result));
if (!existsSync(result.output ?? "")) process.exit(1);
