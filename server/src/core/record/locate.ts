// Positions in a JSON file: where a problem is (LSP ranges: zero-based lines, UTF-16
// characters), given the path to the value it is about. Shared by record files and the
// project configuration, so both name a problem's line and column the same way.
import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Range, RecordProblem } from '../api';
import { LineIndex } from '../text/lines';

/** A path into a JSON value: object keys and list indexes. */
export type Path = (string | number)[];

/**
 * Parses a JSON file (comments and trailing commas allowed) that must hold one object. On
 * a syntax error, an empty file or another kind of value, `problems` says so and there is
 * no `value`; duplicate keys are problems too, but the object is still read.
 */
export function readJsonObject(file: string, text: string, what: string): { value?: Record<string, unknown>; at: Locator; problems: RecordProblem[] } {
  const source = blankByteOrderMark(text);
  const strict = strictJsonObject(source);
  // The parse tree, which places problems, is then built only if there is one to place.
  if (strict) return { value: strict, at: new Locator(file, source), problems: [] };
  const syntaxErrors: ParseError[] = [];
  const root = parseTree(source, syntaxErrors, { allowTrailingComma: true, allowEmptyContent: true });
  const at = new Locator(file, source, root);
  if (syntaxErrors.length > 0) {
    // Schema errors on a half-parsed tree would only add noise: report the syntax first.
    // A file cut short leaves one "expected a closing brace" per open object, all at its end: say it once.
    return { at, problems: uniqueProblems(syntaxErrors.map((e) => at.problemAtOffset(e.offset, e.length, `JSON syntax error: ${syntaxMessage(e)}`))) };
  }
  if (!root) return { at, problems: [at.problemAtOffset(0, 0, `empty ${what}`)] };
  if (root.type !== 'object') {
    return { at, problems: [at.problemAtNode(root, `a ${what} must be a JSON object ({ … }), not ${describeJsonType(root.type)}`)] };
  }
  return { value: getNodeValue(root) as Record<string, unknown>, at, problems: duplicateKeyProblems(root, at) };
}

/**
 * The object in a file of strict JSON, read by `JSON.parse` (several times faster than a
 * parse tree); undefined for anything else, or if a key is repeated in an object, which
 * `JSON.parse` would keep silently: the value then has fewer keys than the text.
 */
function strictJsonObject(source: string): Record<string, unknown> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const keys = keysIn(value);
  return keys === quotesBeforeColons(source) || keys === keysWritten(source) ? (value as Record<string, unknown>) : undefined;
}

/**
 * The colons that follow a quote, across any spaces: each key written is one, so their count is
 * at least the keys written, and usually the same (a string may begin with a colon, or hold `\":`).
 * Found one colon at a time, which `indexOf` finds several times faster than a pair of characters.
 */
function quotesBeforeColons(source: string): number {
  let count = 0;
  for (let at = source.indexOf(':'); at >= 0; at = source.indexOf(':', at + 1)) {
    let before = at - 1;
    for (let c = source.charCodeAt(before); c === 32 || c === 10 || c === 13 || c === 9; c = source.charCodeAt(--before));
    if (source.charCodeAt(before) === 34) count++;
  }
  return count;
}

/** The keys of an object or list and of everything in it. Leaves are told apart before a call: most values are. */
function keysIn(value: object): number {
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'object' && item !== null) count += keysIn(item);
  } else {
    // for…in allocates nothing: a record has hundreds of thousands of keys.
    for (const key in value) {
      const item = (value as Record<string, unknown>)[key];
      count += typeof item === 'object' && item !== null ? 1 + keysIn(item) : 1;
    }
  }
  return count;
}

/** Strings followed by a colon, in text that `JSON.parse` read: outside strings it has no quotes, so the strings are matched in order. */
function keysWritten(source: string): number {
  let count = 0;
  for (const match of source.matchAll(/"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?/g)) if (match[1] !== undefined) count++;
  return count;
}

/** A byte-order mark is not JSON; blank it out so that offsets stay the same. */
function blankByteOrderMark(text: string): string {
  return text.startsWith('\uFEFF') ? ' ' + text.slice(1) : text;
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon (:)',
  CommaExpected: 'expected a comma (,)',
  CloseBraceExpected: 'expected a closing brace (})',
  CloseBracketExpected: 'expected a closing bracket (])',
  EndOfFileExpected: 'expected the end of the file',
  InvalidCommentToken: 'invalid comment',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape in a string',
  InvalidEscapeCharacter: 'invalid escape character in a string',
  InvalidCharacter: 'invalid character in a string (write a line break as \\n)',
};

function syntaxMessage(error: ParseError): string {
  const name = printParseErrorCode(error.error);
  return SYNTAX_MESSAGES[name] ?? name;
}

function describeJsonType(type: Node['type']): string {
  return { array: 'a list', string: 'a string', number: 'a number', boolean: 'true or false', null: 'null', object: 'an object', property: 'a property' }[type];
}

/** jsonc-parser keeps the last of duplicate keys silently; a record must not. */
function duplicateKeyProblems(root: Node, at: Locator): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const visit = (node: Node, path: Path): void => {
    if (node.type === 'object') {
      const seen = new Map<string, Node>();
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode) continue;
        const key = String(keyNode.value);
        const first = seen.get(key);
        if (first) {
          const where = path.length > 0 ? ` in ${formatPath(path)}` : '';
          problems.push(at.problemAtNode(keyNode, `duplicate key "${key}"${where} (first on line ${at.lineOf(first) + 1})`));
        } else {
          seen.set(key, keyNode);
        }
        if (valueNode) visit(valueNode, [...path, key]);
      }
    } else if (node.type === 'array') {
      node.children?.forEach((child, index) => visit(child, [...path, index]));
    }
  };
  visit(root, []);
  return problems;
}

/** The same id may break the same rule in several places of the schema (e.g. `then` and its parent). */
export function uniqueProblems(problems: RecordProblem[]): RecordProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.range.start.line}:${p.range.start.character}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function sortProblems(problems: RecordProblem[]): RecordProblem[] {
  return problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}


/**
 * Maps paths in one file's text to LSP ranges (zero-based lines, UTF-16 characters). Built
 * from a parsed tree, or from the text alone: then the text is parsed, and its lines
 * indexed, only if a problem is to be placed (a file that merges cleanly is never re-read).
 */
export class Locator {
  private lineIndex: LineIndex | undefined;
  private tree: { root: Node | undefined } | undefined;

  private readonly text: string;

  constructor(
    private readonly file: string,
    text: string,
    root?: Node,
  ) {
    this.text = blankByteOrderMark(text);
    if (root) this.tree = { root };
  }

  private get root(): Node | undefined {
    this.tree ??= { root: parseTree(this.text, [], { allowTrailingComma: true, allowEmptyContent: true }) };
    return this.tree.root;
  }

  /** A problem at the value at `path`; objects and lists are marked by their key, or their opening bracket. */
  problem(path: Path, message: string): RecordProblem {
    const node = nodeAt(this.root, path);
    if (!node) return this.problemAtOffset(0, 0, message);
    if (node.type === 'object' || node.type === 'array') {
      const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
      return key ? this.problemAtNode(key, message) : this.problemAtOffset(node.offset, 1, message);
    }
    return this.problemAtNode(node, message);
  }

  /** A problem at the key `key` of the object at `path`. */
  problemAtKey(path: Path, key: string, message: string): RecordProblem {
    const keyNode = propertyOf(nodeAt(this.root, path), key)?.children?.[0];
    return keyNode ? this.problemAtNode(keyNode, message) : this.problem(path, message);
  }

  problemAtNode(node: Node, message: string): RecordProblem {
    return this.problemAtOffset(node.offset, node.length, message);
  }

  problemAtOffset(offset: number, length: number, message: string): RecordProblem {
    const range: Range = { start: this.position(offset), end: this.position(offset + length) };
    return { file: this.file, range, message };
  }

  lineOf(node: Node): number {
    return this.position(node.offset).line;
  }

  private position(offset: number): Range['start'] {
    this.lineIndex ??= new LineIndex(this.text);
    return this.lineIndex.position(offset);
  }
}

function propertyOf(node: Node | undefined, key: string): Node | undefined {
  return node?.type === 'object' ? node.children?.find((p) => p.children?.[0]?.value === key) : undefined;
}

function nodeAt(root: Node | undefined, path: Path): Node | undefined {
  let node = root;
  for (const segment of path) {
    node = node?.type === 'array' ? node.children?.[Number(segment)] : propertyOf(node, String(segment))?.children?.[1];
  }
  return node;
}

/** "/terms/3/start" → ["terms", 3, "start"], numbering the steps into lists. */
export function pointerToPath(pointer: string, data: unknown): Path {
  const path: Path = [];
  let value = data;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const step = Array.isArray(value) ? Number(segment) : segment;
    path.push(step);
    value = (value as Record<string | number, unknown> | undefined)?.[step];
  }
  return path;
}

export function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, step) => (value as Record<string | number, unknown> | undefined)?.[step], data);
}

/** ["terms", 3, "start"] → "terms[3].start". */
export function formatPath(path: Path): string {
  return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`)).join('');
}

export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}