// The three output formats, as pure functions from check results to the text printed on stdout.
import { type CheckResult, type Finding, findingCodes, findingDocs, type Range, type Severity } from '../core';

/** A finding as printed: with its range in zero-based lines and UTF-16 characters, worked out from its offsets. */
export interface ReportedFinding extends Finding {
  range: Range;
}

/** One checked draft: its path as shown (relative, `/` separators) and the core's result, its findings placed. */
export interface FileReport {
  path: string;
  result: Omit<CheckResult, 'findings'> & { findings: ReportedFinding[] };
}

/** `path:line:col: severity code: message` per finding (1-based), a summary line, then each file's reference date. */
export function formatText(files: readonly FileReport[]): string {
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const { path, result } of files) {
    for (const f of result.findings) {
      counts[f.severity]++;
      const { line, character } = f.range.start;
      lines.push(`${path}:${line + 1}:${character + 1}: ${f.severity} ${f.code}: ${oneLine(f.message)}`);
    }
  }

  const checked = files.filter((f) => f.result.declined === undefined).length;
  let summary = `${plural(checked, 'file')} checked: ${plural(counts.warning, 'warning')}, ${plural(counts.error, 'error')}`;
  if (counts.information > 0) summary += `, ${counts.information} information`;
  if (counts.hint > 0) summary += `, ${plural(counts.hint, 'hint')}`;
  lines.push(summary);

  for (const { path, result } of files) {
    if (result.declined !== undefined) lines.push(`${path}: not checked: ${oneLine(result.declined)}`);
    else if (result.referenceDate === null) lines.push(`${path}: no reference date`);
    else lines.push(`${path}: reference date ${result.referenceDate} (${result.referenceDateSource ?? 'unknown origin'})`);
  }
  return lines.join('\n') + '\n';
}

/** The JSON document of SPEC section 5: exactly its keys, zero-based positions. */
export function formatJson(files: readonly FileReport[]): string {
  const doc = {
    files: files.map(({ path, result }) => ({
      path,
      referenceDate: result.referenceDate,
      referenceDateSource: result.referenceDateSource,
      findings: result.findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        range: copyRange(f.range),
        message: f.message,
        sources: f.sources.map((s) => ({ ...s })),
        fixes: f.fixes.map(({ title, newText }) => ({ title, newText })),
      })),
    })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

export interface SarifOptions {
  /** Readout's version, for `tool.driver.version`. */
  version: string;
  /** `file:` URI of the folder the relative paths start from, ending in `/`: becomes `%SRCROOT%`. */
  rootUri?: string;
}

export const sarifSchema = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A SARIF 2.1.0 log with one run: every finding code as a rule, 1-based regions, fixes as replacements. */
export function formatSarif(files: readonly FileReport[], options: SarifOptions): string {
  const rules = findingCodes.map((code) => {
    const { severity, summary } = findingDocs[code];
    return {
      id: code,
      shortDescription: { text: summary },
      defaultConfiguration: severity === 'off' ? { enabled: false, level: 'note' } : { level: sarifLevel(severity) },
    };
  });
  const results = files.flatMap(({ path, result }) =>
    result.findings.map((f) => {
      const artifactLocation = { uri: uriOf(path), uriBaseId: '%SRCROOT%' };
      const region = sarifRegion(f.range);
      return {
        ruleId: f.code,
        ruleIndex: findingCodes.indexOf(f.code),
        level: sarifLevel(f.severity),
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation, region } }],
        ...(f.fixes.length > 0 ? { fixes: sarifFixes(f, artifactLocation, region) } : {}),
      };
    }),
  );
  const log = {
    $schema: sarifSchema,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Readout', version: options.version, rules } },
        ...(options.rootUri !== undefined ? { originalUriBaseIds: { '%SRCROOT%': { uri: options.rootUri } } } : {}),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' || severity === 'warning' ? severity : 'note';
}

/** SARIF lines and columns are 1-based; `endColumn` is the column just past the region. */
function sarifRegion(range: Range) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function sarifFixes(f: ReportedFinding, artifactLocation: { uri: string; uriBaseId: string }, region: ReturnType<typeof sarifRegion>) {
  return f.fixes.map((fix) => ({
    description: { text: fix.title },
    artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: region, insertedContent: { text: fix.newText } }] }],
  }));
}

/** A relative path as a relative URI reference: each segment percent-encoded, `/` kept. */
function uriOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function copyRange(range: Range): Range {
  return {
    start: { line: range.start.line, character: range.start.character },
    end: { line: range.end.line, character: range.end.character },
  };
}

/** Newlines folded into spaces, so that each message stays on its line. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
