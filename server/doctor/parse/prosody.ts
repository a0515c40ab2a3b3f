/**
 * Prosody's configuration (`/etc/prosody/conf.avail/<host>.cfg.lua`, Docker's
 * `conf.d/jitsi-meet.cfg.lua`) read with luaparse, as sections of options with their lines.
 * Evaluated statically, never run: strings, numbers, booleans, tables, `..` and references to
 * options set earlier. Function calls (`os.getenv`), `ENV_*` variables and `Include` are recorded
 * as not evaluated. Sections follow Prosody's config loader (core/configmanager.lua): options before
 * the first `VirtualHost`/`Component` line are global; each such line opens a new section.
 */
import luaparse from 'luaparse';
import type { Chunk, Expression, Statement } from 'luaparse';

/** luaparse adds `range` when asked to (`ranges: true`); its types leave it out. */
function rangeOf(node: Expression | Statement): [number, number] | undefined {
  return (node as { range?: [number, number] }).range;
}

/** A value the reader will not work out (it would need running code). */
export interface LuaUnknown {
  unevaluated: string;
}

/** One option as set in a section. */
export interface ProsodySetting {
  name: string;
  value: unknown;
  line: number;
}

/** The global section, a `VirtualHost` or a `Component`. */
export interface ProsodySection {
  kind: 'global' | 'VirtualHost' | 'Component';
  /** Host name (null for global). */
  name: string | null;
  /** A Component's plugin (`muc`, `speakerstats_component`), or null for internal components and hosts. */
  plugin: string | null;
  line: number;
  settings: Map<string, ProsodySetting>;
}

/** One Prosody file. */
export interface ProsodyFile {
  sections: ProsodySection[];
  /** `Include` lines, never followed (give the included files to the doctor as well). */
  includes: { line: number; pattern: string }[];
  /** Statements that are not options or sections, never run. */
  skipped: { line: number; text: string }[];
}

/** A Lua syntax error with its 1-based line and column. */
export class ProsodySyntaxError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(`${message} (line ${line}, column ${column})`);
  }
}

const MAX_DEPTH = 64;

/** Lua strings are bytes: luaparse reads the file as Latin-1 and values are turned back into UTF-8. */
function utf8(latin1: string): string {
  return Buffer.from(latin1, 'latin1').toString('utf8');
}

/** Whether a value could not be evaluated statically. */
export function isLuaUnknown(value: unknown): value is LuaUnknown {
  return typeof value === 'object' && value !== null && 'unevaluated' in value && Object.keys(value).length === 1;
}

type Lookup = (name: string) => unknown;

function evaluate(node: Expression, source: string, lookup: Lookup, depth: number): unknown {
  const range = rangeOf(node);
  const raw = range ? utf8(source.slice(range[0], range[1])).replace(/\s+/g, ' ') : node.type;
  const unknown: LuaUnknown = { unevaluated: raw.length > 60 ? `${raw.slice(0, 57)}...` : raw };
  if (depth > MAX_DEPTH) return unknown;
  switch (node.type) {
    case 'StringLiteral':
      return node.value === null ? unknown : utf8(node.value);
    case 'NumericLiteral':
      return node.value;
    case 'BooleanLiteral':
      return node.value;
    case 'NilLiteral':
      return null;
    case 'Identifier':
      return node.name.startsWith('ENV_') ? unknown : lookup(node.name) ?? unknown;
    case 'UnaryExpression': {
      const arg = evaluate(node.argument, source, lookup, depth + 1);
      if (node.operator === '-' && typeof arg === 'number') return -arg;
      if (node.operator === 'not' && !isLuaUnknown(arg)) return arg === null || arg === false;
      return unknown;
    }
    case 'BinaryExpression': {
      if (node.operator !== '..') return unknown;
      const left = evaluate(node.left, source, lookup, depth + 1);
      const right = evaluate(node.right, source, lookup, depth + 1);
      const plain = (v: unknown) => typeof v === 'string' || typeof v === 'number';
      return plain(left) && plain(right) ? `${left}${right}` : unknown;
    }
    case 'TableConstructorExpression': {
      const list: unknown[] = [];
      const keyed: Record<string, unknown> = Object.create(null);
      let hasKeys = false;
      for (const field of node.fields) {
        if (field.type === 'TableValue') list.push(evaluate(field.value, source, lookup, depth + 1));
        else {
          const key = field.type === 'TableKeyString' ? field.key.name : evaluate(field.key, source, lookup, depth + 1);
          if (typeof key !== 'string' && typeof key !== 'number') continue;
          keyed[String(key)] = evaluate(field.value, source, lookup, depth + 1);
          hasKeys = true;
        }
      }
      if (!hasKeys) return list;
      list.forEach((v, i) => (keyed[String(i + 1)] = v));
      return keyed;
    }
    default:
      return unknown;
  }
}

/** `VirtualHost "x"`, `Component "x" "muc"`, `Component("x", "muc")`, `Include "f"` → name and string arguments. */
function sectionCall(statement: Statement, source: string): { name: string; args: (string | null)[] } | null {
  if (statement.type !== 'CallStatement') return null;
  const args: (string | null)[] = [];
  let expr: Expression = statement.expression;
  for (let i = 0; i < 4; i++) {
    if (expr.type === 'StringCallExpression') {
      args.unshift(expr.argument.type === 'StringLiteral' && expr.argument.value !== null ? utf8(expr.argument.value) : null);
      expr = expr.base;
    } else if (expr.type === 'CallExpression') {
      const values = expr.arguments.map((a) => evaluate(a, source, () => undefined, 0));
      args.unshift(...values.map((v) => (typeof v === 'string' ? v : null)));
      expr = expr.base;
    } else break;
  }
  return expr.type === 'Identifier' ? { name: expr.name, args } : null;
}

/** Reads one Prosody config file. Throws ProsodySyntaxError for text that is not Lua. */
export function readProsodyFile(text: string): ProsodyFile {
  const source = Buffer.from(text, 'utf8').toString('latin1');
  let chunk: Chunk;
  try {
    chunk = luaparse.parse(source, { locations: true, ranges: true, luaVersion: '5.3', encodingMode: 'pseudo-latin1', comments: false, scope: false, wait: false }) as Chunk;
  } catch (error) {
    const e = error as { line?: number; column?: number; message: string };
    if (error instanceof RangeError) throw new ProsodySyntaxError('the file nests too deeply to read', 1, 1);
    throw new ProsodySyntaxError(e.message.replace(/^\[\d+:\d+\]\s*/, ''), e.line ?? 1, (e.column ?? 0) + 1);
  }
  const global: ProsodySection = { kind: 'global', name: null, plugin: null, line: 1, settings: new Map() };
  const sections: ProsodySection[] = [global];
  const includes: ProsodyFile['includes'] = [];
  const skipped: ProsodyFile['skipped'] = [];
  let current = global;
  const lookup: Lookup = (name) => (current.settings.get(name) ?? global.settings.get(name))?.value;
  const lineOf = (s: Statement) => s.loc?.start.line ?? 1;
  for (const statement of chunk.body) {
    const call = sectionCall(statement, source);
    if (call && (call.name === 'VirtualHost' || call.name === 'Host' || call.name === 'Component')) {
      const kind = call.name === 'Component' ? 'Component' : 'VirtualHost';
      current = { kind, name: call.args[0] ?? null, plugin: kind === 'Component' ? call.args[1] ?? null : null, line: lineOf(statement), settings: new Map() };
      sections.push(current);
      continue;
    }
    if (call && (call.name === 'Include' || call.name === 'include')) {
      includes.push({ line: lineOf(statement), pattern: call.args[0] ?? '?' });
      continue;
    }
    if (statement.type === 'AssignmentStatement') {
      statement.variables.forEach((variable: Expression, i: number) => {
        const init = statement.init[i];
        if (variable.type !== 'Identifier' || !init) return;
        current.settings.set(variable.name, { name: variable.name, value: evaluate(init, source, lookup, 0), line: variable.loc?.start.line ?? lineOf(statement) });
      });
      continue;
    }
    const range = rangeOf(statement);
    const raw = range ? utf8(source.slice(range[0], range[1])).replace(/\s+/g, ' ') : statement.type;
    skipped.push({ line: lineOf(statement), text: raw.length > 60 ? `${raw.slice(0, 57)}...` : raw });
  }
  return { sections, includes, skipped };
}
