// A ts-node transpiler (its `transpiler` option, transpile-only) that keeps each file's output in
// the folder named by CDK8S_TLS_TRANSPILE_CACHE. Every example imports the library's sources, so
// the `cdk8s synth` of each example after the first reuses them instead of transpiling them
// again, which is most of what a transpile-only example synthesis costs. test/examples.test.ts
// points ts-node at it (TS_NODE_PROJECT=test/examples.tsconfig.json) with a new folder per run.
// The output is what ts-node's own transpile-only mode writes: TypeScript's transpileModule
// with the compiler options ts-node passes.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

exports.create = function create({ service }) {
  const typescript = require(service.projectLocalResolveHelper('typescript', true));
  const compilerOptions = service.config.options;
  const folder = process.env.CDK8S_TLS_TRANSPILE_CACHE;
  const salt = `${typescript.version}\0${JSON.stringify(compilerOptions)}`;
  return {
    transpile(input, { fileName }) {
      const key = crypto.createHash('sha256').update(salt).update('\0').update(fileName).update('\0').update(input).digest('hex');
      const file = folder ? path.join(folder, `${key}.json`) : undefined;
      if (file && fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
      const { outputText, sourceMapText, diagnostics } = typescript.transpileModule(input, { fileName, compilerOptions, reportDiagnostics: true });
      if (file && diagnostics.length === 0) {
        // written whole or not at all: examples synthesize in parallel and read each other's files
        const partial = `${file}.${process.pid}`;
        fs.writeFileSync(partial, JSON.stringify({ outputText, sourceMapText }));
        fs.renameSync(partial, file);
      }
      return { outputText, sourceMapText, diagnostics };
    },
  };
};
