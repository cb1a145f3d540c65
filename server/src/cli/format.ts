// The three output formats, as pure functions from check results to the text printed on stdout.
import { createHash } from 'node:crypto';
import { findingCodes, findingDocs } from '../core';
import type { CheckResult, Finding, Range, Severity } from '../core';
import { excerpt, plain } from './excerpt';
import type { Style } from './excerpt';

/** A finding as printed: with its range in zero-based lines and UTF-16 characters, worked out from its offsets. */
export interface ReportedFinding extends Finding {
  range: Range;
}

/** One checked draft: its path as shown (relative, `/` separators), its text as checked and the core's result, its findings placed. */
export interface FileReport {
  path: string;
  /** The draft's text ('' when it was not read); the findings' offsets point into it. */
  text: string;
  result: Omit<CheckResult, 'findings'> & { findings: ReportedFinding[] };
  /** How many fixes `--fix` applied to it. */
  fixed?: number;
}

export interface TextOptions {
  style: Style;
  /** Print each draft's reference date and its origin. */
  verbose: boolean;
}

/**
 * Per finding, `path:line:col: severity code: message` (1-based), its line with the flagged words
 * marked, and its fixes; then the drafts not checked, with --verbose each reference date, and last a summary.
 */
export function formatText(files: readonly FileReport[], options: TextOptions = { style: plain, verbose: false }): string {
  const { style } = options;
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const { path, text, result } of files) {
    for (const f of result.findings) {
      counts[f.severity]++;
      const { line, character } = f.range.start;
      lines.push(`${path}:${line + 1}:${character + 1}: ${style.severity(f.severity, f.severity)} ${style.dim(f.code)}: ${oneLine(f.message)}`);
      lines.push(...excerpt(text, f, style));
      const flagged = oneLine(text.slice(f.start, f.end));
      for (const fix of f.fixes) lines.push(`    fix: ${flagged} → ${oneLine(fix.newText)}`);
    }
  }

  for (const { path, result } of files) {
    if (result.declined !== undefined) lines.push(`${path}: not checked: ${oneLine(result.declined)}`);
    else if (options.verbose) lines.push(`${path}: ${referenceDateOf(result)}`);
  }

  const checked = files.filter((f) => f.result.declined === undefined).length;
  const fixed = files.reduce((n, f) => n + (f.fixed ?? 0), 0);
  let summary = `${plural(checked, 'file')} checked: ${plural(counts.warning, 'warning')}, ${plural(counts.error, 'error')}`;
  if (counts.information > 0) summary += `, ${counts.information} information`;
  if (counts.hint > 0) summary += `, ${plural(counts.hint, 'hint')}`;
  if (fixed > 0) summary += `; ${plural(fixed, 'fix', 'fixes')} applied`;
  lines.push(summary);
  return lines.join('\n') + '\n';
}

function referenceDateOf(result: CheckResult): string {
  if (result.referenceDate === null) return 'no reference date';
  return `reference date ${result.referenceDate} (${result.referenceDateSource ?? 'unknown origin'})`;
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
  /** The repository's web address: the tool's `informationUri`; each rule's `helpUri` is its README section there. */
  repositoryUrl: string;
  /** `file:` URI of the folder the relative paths start from, ending in `/`: becomes `%SRCROOT%`. */
  rootUri?: string;
}

export const sarifSchema = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A SARIF 2.1.0 log with one run, as GitHub code scanning takes it: every finding code as a documented rule, 1-based regions, fixes as replacements. */
export function formatSarif(files: readonly FileReport[], options: SarifOptions): string {
  const rules = findingCodes.map((code) => {
    const { severity, summary, description } = findingDocs[code];
    const helpUri = `${options.repositoryUrl}#${code}`;
    return {
      id: code,
      name: code.replace(/(^|-)([a-z])/g, (_m, _dash, c: string) => c.toUpperCase()),
      shortDescription: { text: summary },
      fullDescription: { text: plainText(description) },
      help: { text: `${plainText(description)} See ${helpUri}`, markdown: `${description}\n\n[Readout: ${code}](${helpUri})` },
      helpUri,
      defaultConfiguration: severity === 'off' ? { enabled: false, level: 'note' } : { level: sarifLevel(severity) },
    };
  });
  const results = files.flatMap(({ path, text, result }) => {
    const seen = new Map<string, number>();
    return result.findings.map((f) => {
      const artifactLocation = { uri: uriOf(path), uriBaseId: '%SRCROOT%' };
      const region = sarifRegion(f.range);
      // Stable while lines move: the code, the file and the flagged words, numbered among their repeats.
      const key = [path, f.code, text.slice(f.start, f.end)].join('\u0000');
      const nth = (seen.get(key) ?? 0) + 1;
      seen.set(key, nth);
      return {
        ruleId: f.code,
        ruleIndex: findingCodes.indexOf(f.code),
        level: sarifLevel(f.severity),
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation, region } }],
        partialFingerprints: { 'readoutFinding/v1': createHash('sha256').update(`${key}\u0000${nth}`).digest('hex').slice(0, 32) },
        ...(f.fixes.length > 0 ? { fixes: sarifFixes(f, artifactLocation, region) } : {}),
      };
    });
  });
  const log = {
    $schema: sarifSchema,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Readout', version: options.version, semanticVersion: options.version, informationUri: options.repositoryUrl, rules } },
        ...(options.rootUri !== undefined ? { originalUriBaseIds: { '%SRCROOT%': { uri: options.rootUri } } } : {}),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** Markdown as plain text: code spans and links lose their marks, lines are joined. */
function plainText(markdown: string): string {
  return oneLine(markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`([^`]*)`/g, '$1'));
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

function sarifFixes(f: Finding, artifactLocation: { uri: string; uriBaseId: string }, region: ReturnType<typeof sarifRegion>) {
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

function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`;
}
