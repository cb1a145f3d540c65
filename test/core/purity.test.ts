// The checking core must stay pure: no file system, no Node built-ins, no editor or protocol libraries.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const core = path.join(root, 'server', 'src', 'core');
/** Outside the core, only the record data (JSON beside the schema) and the shared date parsing may be imported. */
const allowedOutside = [path.join(root, 'server', 'record') + path.sep, path.join(root, 'server', 'src', 'shared', 'dates')];

const forbidden = (specifier: string): boolean =>
  specifier.startsWith('node:') ||
  builtinModules.includes(specifier.split('/')[0]!) ||
  specifier === 'vscode' ||
  specifier.startsWith('vscode-languageserver') ||
  specifier.startsWith('vscode-jsonrpc') ||
  specifier.startsWith('@vscode/');

function tsFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.isFile() && entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every module specifier in `import … from`, `export … from`, `import '…'`, `import('…')` and `require('…')`. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) found.push(m[1]!);
  return found;
}

test('the purity check sees imports of every kind', () => {
  const sample = `import * as fs from 'fs';\nimport type { X } from "vscode";\nexport { y } from 'node:path';\nimport 'child_process';\nconst n = require('net');\nconst h = await import('http');\n`;
  assert.deepEqual(specifiers(sample).filter(forbidden).sort(), ['child_process', 'fs', 'http', 'net', 'node:path', 'vscode']);
});

test('no file in the core imports the file system, Node built-ins, vscode or the language server', () => {
  const files = tsFiles(core);
  assert.ok(files.length > 0, `no .ts files under ${core}`);
  const offences: string[] = [];
  for (const file of files) {
    for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
      const shown = `${path.relative(root, file)}: ${specifier}`;
      if (forbidden(specifier)) offences.push(shown);
      else if (specifier.startsWith('.')) {
        const target = path.resolve(path.dirname(file), specifier);
        const inside = target === core || target.startsWith(core + path.sep) || allowedOutside.some((dir) => target.startsWith(dir));
        if (!inside) offences.push(`${shown} (outside the core)`);
      }
    }
  }
  assert.deepEqual(offences, []);
});
