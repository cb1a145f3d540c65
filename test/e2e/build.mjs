// Bundles the end-to-end suite for VS Code's extension host: `node test/e2e/build.mjs`.
// One file, dist/test/e2e/suite/index.js, exporting run() as @vscode/test-electron expects;
// `vscode` comes from the extension host and mocha from node_modules (both external).
// The extension itself is built by esbuild.mjs; type checking is `npm run typecheck`.
import * as esbuild from 'esbuild';

await esbuild
  .build({
    entryPoints: ['test/e2e/suite/index.ts'],
    outfile: 'dist/test/e2e/suite/index.js',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  })
  .catch(() => {
    process.exitCode = 1;
  });
