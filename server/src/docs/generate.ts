// `npm run docs`: writes each finding code's words from findingDocs into package.json (the
// `readout.rules` setting) and README.md (the code table and sections), so they never drift apart.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { findingCodes, findingDocs } from '../core';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');

const severityLevels = ['error', 'warning', 'information', 'hint', 'off'];

export const readmeStart = '<!-- finding-codes:start (written by npm run docs from server/src/core/findingDocs.ts) -->';
export const readmeEnd = '<!-- finding-codes:end -->';

/** package.json with `readout.rules` listing every code, in order, with its summary. */
export function renderManifest(text: string): string {
  const manifest = JSON.parse(text);
  const rules = manifest.contributes.configuration.properties['readout.rules'];
  rules.properties = Object.fromEntries(
    findingCodes.map((code) => [code, { type: 'string', enum: severityLevels, markdownDescription: findingDocs[code].summary }]),
  );
  return JSON.stringify(manifest, null, 2) + '\n';
}

/** README.md with the part between the markers replaced by the code table and one section per code. */
export function renderReadme(text: string): string {
  const start = text.indexOf(readmeStart);
  const end = text.indexOf(readmeEnd);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${readmeStart} … ${readmeEnd}`);
  const rows = findingCodes.map((code) => {
    const doc = findingDocs[code];
    return `| [\`${code}\`](#${code}) | ${doc.severityNote ?? doc.severity} | ${doc.summary} |`;
  });
  const sections = findingCodes.map((code) => `### ${code}\n${findingDocs[code].description}\n`);
  const generated = ['| code | default | when |', '|---|---|---|', ...rows, '', ...sections].join('\n');
  return text.slice(0, start + readmeStart.length) + '\n' + generated + '\n' + text.slice(end);
}

export const generatedFiles: readonly { file: string; render(text: string): string }[] = [
  { file: 'package.json', render: renderManifest },
  { file: 'README.md', render: renderReadme },
];

if (require.main === module) {
  for (const { file, render } of generatedFiles) {
    const full = path.join(repoRoot, file);
    const before = readFileSync(full, 'utf8');
    const after = render(before);
    if (after !== before) {
      writeFileSync(full, after);
      process.stdout.write(`docs: wrote ${file}\n`);
    }
  }
}
