/**
 * Jitsi Meet's `config.js` (`/etc/jitsi/meet/<host>-config.js`), read with acorn and evaluated
 * statically: `var config = { … }` and `config.a.b = …` statements, literals, objects, arrays,
 * string concatenation, and top-level `var` constants (the Debian template's `subdomain`, an nginx
 * server-side include, reads as its default ""). Nothing is ever run; whatever is not a plain value
 * (a function call, an unknown variable, an `if`) is recorded as not evaluated, so a check says
 * "not known" instead of guessing.
 */
import { parse, type Expression, type Node, type ObjectExpression, type Pattern, type Program, type Property, type SpreadElement } from 'acorn';

/** A value the reader could not work out without running code. */
export interface Unevaluated {
  unevaluated: string;
}

/** One setting by its dotted path (`hosts.domain`, `sso.tokenService`). */
export interface ConfigJsEntry {
  path: string;
  value: unknown;
  line: number;
}

/** What the reader found. */
export interface ConfigJs {
  entries: Map<string, ConfigJsEntry>;
  /** Top-level statements that are not `var config = …` or `config.x = …`, never run. */
  skipped: { line: number; text: string }[];
}

/** A JavaScript syntax error, with its 1-based line and column. */
export class ConfigJsSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${message} (line ${line}, column ${column})`);
  }
}

const MAX_DEPTH = 64;

/** An nginx server-side include (`<!--# echo var="subdomain" default="" -->`) of the Debian template. */
const SSI = /^<!--#\s*echo\s+var="[^"]*"\s+default="([^"]*)"\s*-->$/;

/** Constants: top-level `var x = <plain value>` read before `config`, e.g. Debian's `subdomain`. */
type Constants = Map<string, unknown>;

/** Whether a value could not be evaluated statically. */
export function isUnevaluated(value: unknown): value is Unevaluated {
  return typeof value === 'object' && value !== null && 'unevaluated' in value && Object.keys(value).length === 1;
}

function snippet(text: string, node: Node): string {
  const raw = text.slice(node.start, node.end).replace(/\s+/g, ' ');
  return raw.length > 60 ? `${raw.slice(0, 57)}...` : raw;
}

function propertyKey(property: Property): string | null {
  if (!property.computed && property.key.type === 'Identifier') return property.key.name;
  if (property.key.type === 'Literal' && (typeof property.key.value === 'string' || typeof property.key.value === 'number')) return String(property.key.value);
  return null;
}

/** Evaluates a constant expression; anything else becomes Unevaluated. */
function evaluate(text: string, node: Expression | SpreadElement | Pattern, depth: number, constants: Constants = new Map()): unknown {
  const unknown = { unevaluated: snippet(text, node) };
  if (depth > MAX_DEPTH) return unknown;
  switch (node.type) {
    case 'Literal':
      return 'regex' in node && node.regex ? unknown : typeof node.value === 'bigint' ? unknown : node.value;
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? (node.quasis[0]?.value.cooked ?? unknown) : unknown;
    case 'Identifier':
      return node.name === 'undefined' ? undefined : constants.has(node.name) ? constants.get(node.name) : unknown;
    case 'UnaryExpression': {
      const arg = evaluate(text, node.argument, depth + 1, constants);
      if (isUnevaluated(arg)) return unknown;
      if (node.operator === '-' && typeof arg === 'number') return -arg;
      if (node.operator === '+' && typeof arg === 'number') return arg;
      if (node.operator === '!') return !arg;
      return unknown;
    }
    case 'BinaryExpression': {
      if (node.operator !== '+' || node.left.type === 'PrivateIdentifier') return unknown;
      const left = evaluate(text, node.left, depth + 1, constants);
      const right = evaluate(text, node.right, depth + 1, constants);
      const plain = (v: unknown) => typeof v === 'string' || typeof v === 'number';
      if (!plain(left) || !plain(right)) return unknown;
      return (left as string) + (right as string);
    }
    case 'ArrayExpression':
      return node.elements.map((e) => (e ? evaluate(text, e, depth + 1, constants) : undefined));
    case 'ObjectExpression': {
      const result: Record<string, unknown> = Object.create(null);
      for (const p of node.properties) {
        if (p.type !== 'Property' || p.kind !== 'init') continue;
        const key = propertyKey(p);
        if (key !== null) result[key] = evaluate(text, p.value as Expression, depth + 1, constants);
      }
      return result;
    }
    default:
      return unknown;
  }
}

/** Records an object literal's settings, nested objects as dotted paths. */
function record(
  text: string,
  object: ObjectExpression,
  prefix: string,
  lineOf: (n: Node) => number,
  entries: Map<string, ConfigJsEntry>,
  depth: number,
  constants: Constants,
): void {
  if (depth > MAX_DEPTH) return;
  for (const p of object.properties) {
    if (p.type !== 'Property' || p.kind !== 'init') continue;
    const key = propertyKey(p);
    if (key === null) continue;
    assign(text, `${prefix}${key}`, p.value as Expression, lineOf(p), lineOf, entries, depth + 1, constants);
  }
}

function assign(
  text: string,
  path: string,
  value: Expression,
  line: number,
  lineOf: (n: Node) => number,
  entries: Map<string, ConfigJsEntry>,
  depth: number,
  constants: Constants,
): void {
  for (const key of [...entries.keys()]) if (key.startsWith(`${path}.`)) entries.delete(key);
  entries.set(path, { path, value: evaluate(text, value, depth, constants), line });
  if (value.type === 'ObjectExpression') record(text, value, `${path}.`, lineOf, entries, depth, constants);
}

/** `config.a.b` or `config['a'].b` → 'a.b'; anything else → null. */
function configPath(node: Node): string | null {
  const parts: string[] = [];
  let current = node;
  while (current.type === 'MemberExpression') {
    const member = current as Extract<Expression, { type: 'MemberExpression' }>;
    if (!member.computed && member.property.type === 'Identifier') parts.unshift(member.property.name);
    else if (member.property.type === 'Literal' && typeof member.property.value === 'string') parts.unshift(member.property.value);
    else return null;
    current = member.object;
  }
  return current.type === 'Identifier' && (current as unknown as { name: string }).name === 'config' && parts.length ? parts.join('.') : null;
}

/** Reads config.js text without running it. Throws ConfigJsSyntaxError on invalid JavaScript. */
export function readConfigJs(text: string): ConfigJs {
  let program: Program;
  try {
    program = parse(text, { ecmaVersion: 'latest', sourceType: 'script', locations: true, allowHashBang: true });
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    if (error instanceof RangeError) throw new ConfigJsSyntaxError('the file nests too deeply to read', 1, 1);
    throw new ConfigJsSyntaxError((error as Error).message.replace(/\s*\(\d+:\d+\)$/, ''), loc?.line ?? 1, (loc?.column ?? 0) + 1);
  }
  const lineOf = (n: Node) => n.loc?.start.line ?? 1;
  const entries = new Map<string, ConfigJsEntry>();
  const skipped: ConfigJs['skipped'] = [];
  const constants: Constants = new Map();
  for (const statement of program.body) {
    if (statement.type === 'VariableDeclaration') {
      for (const d of statement.declarations) {
        if (d.id.type !== 'Identifier') continue;
        if (d.id.name === 'config' && d.init?.type === 'ObjectExpression') {
          record(text, d.init, '', lineOf, entries, 0, constants);
        } else if (d.id.name !== 'config' && d.init) {
          // A server-side include reads as its default: the value on a deployment without subdomains.
          const value = evaluate(text, d.init, 0, constants);
          if (typeof value === 'string' && SSI.test(value)) constants.set(d.id.name, SSI.exec(value)![1]);
          else if (!isUnevaluated(value) && (typeof value !== 'object' || value === null)) constants.set(d.id.name, value);
        }
      }
      continue;
    }
    if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression' && statement.expression.operator === '=') {
      const path = configPath(statement.expression.left);
      if (path) {
        assign(text, path, statement.expression.right, lineOf(statement), lineOf, entries, 0, constants);
        continue;
      }
    }
    if (statement.type === 'EmptyStatement') continue;
    skipped.push({ line: lineOf(statement), text: snippet(text, statement) });
  }
  return { entries, skipped };
}
