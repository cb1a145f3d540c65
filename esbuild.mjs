// Bundles Readout: `node esbuild.mjs [--production] [--watch]`.
// Type checking is its own step (`npm run typecheck`); this only bundles.
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Shared by every bundle, here and in the end-to-end suite's and the benchmark's builds:
 * self-contained CommonJS for Node 20; JSON imports (the record, its schema) are bundled in.
 */
export const base = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // ESM builds first: jsonc-parser's UMD main does not bundle cleanly.
  mainFields: ['module', 'main'],
};

// Imported for `base`, it builds nothing.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();

async function main() {
  const production = process.argv.includes('--production');
  const watch = process.argv.includes('--watch');
  const shipped = { ...base, sourcemap: !production, minify: production, logLevel: 'info' };

  /** One line per bundle; an entry whose source does not exist yet is skipped. */
  const entries = [
    { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, executable: true },
    { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' }, executable: true },
    { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  ].filter((entry) => existsSync(entry.entryPoints[0]));

  /** Marks a bundle executable after every build, so `./dist/cli.js` runs without npm's bin links. */
  const makeExecutable = (outfile) => ({
    name: 'executable',
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length === 0 && existsSync(outfile)) chmodSync(outfile, 0o755);
      });
    },
  });

  /**
   * Escapes the non-ASCII characters esbuild leaves in regex literals and comments. One such
   * character makes V8 hold the whole bundle's source at two bytes a character: 2 MB for the server.
   */
  const asciiOnly = (outfile) => ({
    name: 'ascii-only',
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length > 0 || !existsSync(outfile)) return;
        const code = readFileSync(outfile, 'utf8');
        const ascii = code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
        if (ascii !== code) writeFileSync(outfile, ascii);
      });
    },
  });

  const configs = entries.map(({ executable, ...options }) => ({
    ...shipped,
    ...options,
    plugins: [asciiOnly(options.outfile), ...(executable ? [makeExecutable(options.outfile)] : [])],
  }));

  if (production) {
    // No source maps in a production build: drop any left from a development one.
    for (const { outfile } of configs) rmSync(`${outfile}.map`, { force: true });
  }

  if (watch) {
    for (const config of configs) await (await esbuild.context(config)).watch();
  } else {
    // esbuild prints the errors itself; the exit status says they happened.
    await Promise.all(configs.map((config) => esbuild.build(config))).catch(() => {
      process.exitCode = 1;
    });
  }
}
