/**
 * Evaluates the constant part of Lua: literals, tables, `..` of strings, unary minus, and names
 * that refer to something already known (a `local`, or an option set earlier: Prosody 13's
 * configmanager looks such a name up among the options; 0.12's — Debian bookworm's 0.12.3, run
 * locally — does not, and reads it as nil). Anything else — a call (`os.getenv`, `FileContents`), `ENV_*`, an
 * operator on unknown values — is not evaluated: the caller reports it.
 */
import type { Expression, Node } from 'luaparse';
import { fromByteString } from './lua-source.js';
import type { LuaValue } from './types.js';

/** Why an expression could not be evaluated, and where. */
export interface Unevaluable {
  unevaluable: true;
  what: string;
  line: number;
  column: number;
}

/** Looks a name up; undefined when it is not known. */
export type NameLookup = (name: string) => LuaValue | undefined;

const MAX_DEPTH = 64;

/** The start of a node (luaparse with `locations`). */
export function where(node: Node): { line: number; column: number } {
  const start = node.loc?.start;
  return { line: start?.line ?? 0, column: (start?.column ?? 0) + 1 };
}

function unevaluable(node: Node, what: string): Unevaluable {
  return { unevaluable: true, what, ...where(node) };
}

/** Whether a result is an `Unevaluable`. */
export function isUnevaluable(value: LuaValue | Unevaluable): value is Unevaluable {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { unevaluable?: unknown }).unevaluable === true;
}

/** The dotted text of a callee (`os.getenv`, `Lua.io.open`), for reports. */
export function calleeName(node: Expression): string {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression') return `${calleeName(node.base)}${node.indexer}${node.identifier.name}`;
  return 'a function';
}

function table(node: Extract<Expression, { type: 'TableConstructorExpression' }>, lookup: NameLookup, depth: number): LuaValue | Unevaluable {
  const positional: LuaValue[] = [];
  const keyed: Record<string, LuaValue> = Object.create(null) as Record<string, LuaValue>;
  let hasKeys = false;
  for (const field of node.fields) {
    const value = evaluate(field.value, lookup, depth + 1);
    if (isUnevaluable(value)) return value;
    if (field.type === 'TableValue') {
      positional.push(value);
      continue;
    }
    const key = field.type === 'TableKeyString' ? field.key.name : evaluate(field.key, lookup, depth + 1);
    if (isUnevaluable(key)) return key;
    if (typeof key !== 'string' && typeof key !== 'number') return unevaluable(field, 'a table key that is not a string or number');
    hasKeys = true;
    keyed[String(key)] = value;
  }
  if (!hasKeys) return positional;
  positional.forEach((value, index) => {
    keyed[String(index + 1)] = value;
  });
  return keyed;
}

/** Evaluates `node`, or says why not. Never runs code. */
export function evaluate(node: Expression, lookup: NameLookup, depth = 0): LuaValue | Unevaluable {
  if (depth > MAX_DEPTH) return unevaluable(node, 'an expression nested too deeply');
  switch (node.type) {
    case 'StringLiteral':
      return fromByteString(node.value ?? '');
    case 'NumericLiteral':
      return node.value;
    case 'BooleanLiteral':
      return node.value;
    case 'NilLiteral':
      return null;
    case 'TableConstructorExpression':
      return table(node, lookup, depth);
    case 'UnaryExpression': {
      if (node.operator !== '-') return unevaluable(node, `the operator ${node.operator}`);
      const value = evaluate(node.argument, lookup, depth + 1);
      if (isUnevaluable(value)) return value;
      return typeof value === 'number' ? -value : unevaluable(node, 'minus on a value that is not a number');
    }
    case 'BinaryExpression': {
      if (node.operator !== '..') return unevaluable(node, `the operator ${node.operator}`);
      const left = evaluate(node.left, lookup, depth + 1);
      if (isUnevaluable(left)) return left;
      const right = evaluate(node.right, lookup, depth + 1);
      if (isUnevaluable(right)) return right;
      const text = (v: LuaValue) => (typeof v === 'string' || typeof v === 'number' ? String(v) : null);
      const [a, b] = [text(left), text(right)];
      return a !== null && b !== null ? a + b : unevaluable(node, '.. on a value that is not a string');
    }
    case 'Identifier': {
      if (node.name.startsWith('ENV_')) return unevaluable(node, `the environment variable ${node.name.slice(4)} (${node.name})`);
      const value = lookup(node.name);
      return value === undefined ? unevaluable(node, `the name ${node.name}, which is not set before this line`) : value;
    }
    case 'CallExpression':
    case 'StringCallExpression':
    case 'TableCallExpression':
      return unevaluable(node, `a call to ${calleeName(node.base)}`);
    case 'FunctionDeclaration':
      return unevaluable(node, 'a function');
    default:
      return unevaluable(node, `a ${node.type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`);
  }
}
