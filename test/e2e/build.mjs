// Bundles the end-to-end suite for VS Code's extension host: `node test/e2e/build.mjs`.
// One file, dist/test/e2e/suite/index.js, exporting run() as @vscode/test-electron expects;
// `vscode` comes from the extension host and mocha from node_modules (both external).
// The extension itself is built by esbuild.mjs; type checking is `npm run typecheck`.
import * as esbuild from 'esbuild';
import { base } from '../../esbuild.mjs';

await esbuild
  .build({
    ...base,
    entryPoints: ['test/e2e/suite/index.ts'],
    outfile: 'dist/test/e2e/suite/index.js',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  })
  .catch(() => {
    process.exitCode = 1;
  });
