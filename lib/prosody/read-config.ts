/**
 * `readProsodyConfig`: reads a Prosody config file (`/etc/prosody/conf.avail/<host>.cfg.lua` on
 * Debian, `/config/conf.d/jitsi-meet.cfg.lua` in Docker) the way Prosody's configmanager would
 * load it, without running it: the file is parsed with luaparse and only constant values are
 * evaluated. Sections follow Prosody's `VirtualHost "name"` and `Component "name" "plugin"`
 * calls (both also with a trailing `{ options }` table); everything the reader cannot evaluate
 * is listed in `skipped`. Never throws: a broken file gives `{ ok: false, error }` with its line.
 * Framework-free: works in Node and in extension pages.
 */
import luaparse from 'luaparse';
import type { Chunk, Expression, Statement } from 'luaparse';
import { calleeName, evaluate, isUnevaluable, where, type Unevaluable } from './evaluate.js';
import { toByteString } from './lua-source.js';
import { nameprep } from './nameprep.js';
import type { LuaValue, ProsodyConfig, ProsodyConfigResult, ProsodySection, ProsodySkipped, ReadProsodyConfigOptions } from './types.js';

/** Configs are a few kilobytes; anything far larger is not one. */
export const MAX_CONFIG_LENGTH = 1_000_000;

const HOST_CALLS = new Set(['VirtualHost', 'Host', 'host']);
const COMPONENT_CALLS = new Set(['Component', 'component']);
const INCLUDE_CALLS = new Set(['Include', 'include', 'RunScript']);

/**
 * What makes Prosody's configmanager refuse the whole file (it then does not start); raised
 * while reading, reported as a broken file with its line. Messages as Prosody's own.
 */
class RefusedByProsody extends Error {
  constructor(
    message: string,
    readonly at: { line: number; column: number },
  ) {
    super(message);
  }
}

/** A call chain such as `Component "x" "muc" { … }`, flattened: the callee and each call's arguments. */
interface CallChain {
  callee: Expression;
  calls: Expression[][];
}

function flatten(expression: Expression): CallChain | null {
  const calls: Expression[][] = [];
  let node: Expression = expression;
  for (;;) {
    if (node.type === 'StringCallExpression') calls.unshift([node.argument]);
    else if (node.type === 'TableCallExpression') calls.unshift([node.arguments]);
    else if (node.type === 'CallExpression') calls.unshift(node.arguments);
    else return calls.length ? { callee: node, calls } : null;
    node = node.base;
  }
}

/** Walks the statements of a chunk, building the sections. */
class ConfigReader {
  readonly global = section('global', '*', null, 0);
  readonly hosts = new Map<string, ProsodySection>();
  readonly components = new Map<string, ProsodySection>();
  readonly skipped: ProsodySkipped[] = [];
  private readonly locals = new Map<string, LuaValue>();
  private current: ProsodySection = this.global;

  read(chunk: Chunk): void {
    for (const statement of chunk.body) this.statement(statement);
  }

  private skip(at: { line: number; column: number }, what: string, option?: string): void {
    this.skipped.push({ line: at.line, column: at.column, section: this.current.name, what, ...(option ? { option } : {}) });
  }

  private lookup = (name: string): LuaValue | undefined =>
    this.locals.has(name) ? this.locals.get(name) : (this.current.options[name]?.value ?? this.global.options[name]?.value);

  private value(node: Expression, option?: string): LuaValue | undefined {
    const value: LuaValue | Unevaluable = evaluate(node, this.lookup);
    if (!isUnevaluable(value)) return value;
    this.skip(value, value.what, option);
    return undefined;
  }

  private set(target: ProsodySection, name: string, node: Expression | null, line: number): void {
    const value = node ? this.value(node, name) : null;
    target.options[name] = value === undefined ? { name, line } : { name, value, line };
    if (name === 'modules_enabled') {
      target.modules = Array.isArray(value) ? value.filter((m): m is string => typeof m === 'string') : [];
    }
  }

  private statement(statement: Statement): void {
    const at = where(statement);
    switch (statement.type) {
      case 'AssignmentStatement':
        statement.variables.forEach((variable, index) => {
          if (variable.type !== 'Identifier') {
            this.skip(where(variable), `an assignment to ${calleeName(variable as Expression)}`);
            return;
          }
          this.set(this.current, variable.name, statement.init[index] ?? null, where(variable).line);
        });
        return;
      case 'LocalStatement':
        statement.variables.forEach((variable, index) => {
          const init = statement.init[index];
          const value = init ? this.value(init) : null;
          if (value === undefined) this.locals.delete(variable.name);
          else this.locals.set(variable.name, value);
        });
        return;
      case 'CallStatement':
        this.call(statement.expression, at);
        return;
      default:
        this.skip(at, `${describe(statement.type)} statement`);
    }
  }

  private call(expression: Expression, at: { line: number; column: number }): void {
    const chain = flatten(expression);
    const name = chain?.callee.type === 'Identifier' ? chain.callee.name : null;
    if (!chain || !name) {
      this.skip(at, chain ? `a call to ${calleeName(chain.callee)}` : 'a call');
      return;
    }
    if (INCLUDE_CALLS.has(name)) {
      const file = chain.calls[0]?.[0];
      const path = file ? evaluate(file, this.lookup) : null;
      this.skip(at, `${name} ${typeof path === 'string' ? JSON.stringify(path) : '(a computed path)'}: read that file too`);
      return;
    }
    const isHost = HOST_CALLS.has(name);
    if (!isHost && !COMPONENT_CALLS.has(name)) {
      this.skip(at, `a call to ${name}`);
      return;
    }
    const [nameArgs = [], ...rest] = chain.calls;
    const first = nameArgs[0];
    const sectionName = first ? this.value(first) : undefined;
    if (typeof sectionName !== 'string') {
      if (first && sectionName !== undefined) this.skip(at, `${name} with a name that is not a string`);
      this.current = this.global;
      return;
    }
    let plugin: string | null = null;
    let options: Expression | undefined;
    for (const args of rest) {
      const arg = args[0];
      if (!arg) continue;
      if (isHost && arg.type !== 'TableConstructorExpression') {
        const module = this.value(arg);
        throw new RefusedByProsody(
          `VirtualHost entries do not accept a module name (${typeof module === 'string' ? `module '${module}' ` : ''}provided for host '${sectionName}')`,
          at,
        );
      }
      if (!isHost && plugin === null && arg.type !== 'TableConstructorExpression') {
        const value = this.value(arg);
        if (typeof value === 'string') plugin = value;
      } else if (arg.type === 'TableConstructorExpression') {
        options = arg;
      }
    }
    const target = this.open(isHost ? 'VirtualHost' : 'Component', sectionName, plugin, at);
    if (!options || options.type !== 'TableConstructorExpression') {
      this.current = target;
      return;
    }
    // `VirtualHost "x" { … }` sets the options and goes back to the global section (configmanager).
    this.current = target;
    for (const field of options.fields) {
      if (field.type === 'TableKeyString') this.set(target, field.key.name, field.value, where(field).line);
      else this.skip(where(field), 'a table entry without a name');
    }
    this.current = this.global;
  }

  private open(kind: 'VirtualHost' | 'Component', rawName: string, plugin: string | null, at: { line: number; column: number }): ProsodySection {
    // Prosody nameprep-s host names (lowercase, NFKC) and refuses a name used for both kinds.
    const name = nameprep(rawName);
    if (name === null)
      throw new RefusedByProsody(`Name of ${kind === 'VirtualHost' ? 'Host' : 'Component'} ${JSON.stringify(rawName)} contains forbidden characters`, at);
    const other = kind === 'VirtualHost' ? this.components : this.hosts;
    if (other.has(name)) {
      throw new RefusedByProsody(
        `${kind} "${name}" clashes with the ${kind === 'VirtualHost' ? 'Component' : 'VirtualHost'} of the same name above; use a sub-domain such as conference.${name}`,
        at,
      );
    }
    const map = kind === 'VirtualHost' ? this.hosts : this.components;
    const existing = map.get(name);
    if (existing) {
      if (plugin) existing.module = plugin;
      return existing;
    }
    const created = section(kind, name, plugin, at.line);
    map.set(name, created);
    return created;
  }
}

/** `IfStatement` → `an if`, `ForNumericStatement` → `a for numeric`. */
function describe(type: string): string {
  const words = type
    .replace(/Statement$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
}

function section(kind: ProsodySection['kind'], name: string, module: string | null, line: number): ProsodySection {
  return { kind, name, module, line, options: Object.create(null) as ProsodySection['options'], modules: [] };
}

/** The value an option has for a host: the host's own, else the global one (Prosody's lookup). */
export function optionValue(config: Pick<ProsodyConfig, 'global'>, host: ProsodySection | null, name: string): LuaValue | undefined {
  return host?.options[name]?.value ?? config.global.options[name]?.value;
}

function chooseHost(config: Omit<ProsodyConfig, 'host' | 'hostReason'>, wanted: string | undefined): { host: ProsodySection | null; hostReason: string } {
  const names = config.virtualHosts.map((h) => `"${h.name}"`).join(', ') || 'none';
  if (wanted !== undefined) {
    const host = config.virtualHosts.find((h) => h.name === nameprep(wanted.trim())) ?? null;
    return host
      ? { host, hostReason: `VirtualHost "${host.name}", as asked.` }
      : { host: null, hostReason: `There is no VirtualHost "${wanted}" in this file (VirtualHosts: ${names}).` };
  }
  const tokenHosts = config.virtualHosts.filter((h) => optionValue(config, h, 'authentication') === 'token');
  if (tokenHosts.length === 1 && tokenHosts[0])
    return { host: tokenHosts[0], hostReason: `VirtualHost "${tokenHosts[0].name}": the one with authentication = "token".` };
  if (tokenHosts.length === 0 && config.virtualHosts.length === 1 && config.virtualHosts[0]) {
    return {
      host: config.virtualHosts[0],
      hostReason: `VirtualHost "${config.virtualHosts[0].name}": the only one (it does not use authentication = "token").`,
    };
  }
  return {
    host: null,
    hostReason:
      tokenHosts.length > 1
        ? `Several VirtualHosts use tokens (${tokenHosts.map((h) => `"${h.name}"`).join(', ')}): say which with host.`
        : `No VirtualHost uses authentication = "token" (VirtualHosts: ${names}): say which with host.`,
  };
}

/**
 * luaparse quotes the text near a syntax error; when that is a string literal it may be
 * `app_secret` (an unfinished `app_secret = "…` quotes the secret to the end of the line), and
 * the message reaches reports an admin pastes into a forum. String literals read `'<string>'`.
 */
function withoutStrings(message: string): string {
  return message.replace(/'(?:["']|\[=*\[).*?'(?= near |$)/gs, "'<string>'");
}

function failure(message: string, line = 0, column = 0): ProsodyConfigResult {
  return { ok: false, error: { message, line, column } };
}

/**
 * Reads a Prosody config file's text. `host` picks the VirtualHost to describe; without it the
 * reader picks the one with `authentication = "token"`.
 */
export function readProsodyConfig(text: string, options: ReadProsodyConfigOptions = {}): ProsodyConfigResult {
  if (typeof text !== 'string') return failure('The config is not text.');
  if (text.length > MAX_CONFIG_LENGTH) return failure(`The config has ${text.length} characters; a Prosody config is far smaller.`);
  // Prosody hands the file's text to Lua's load(), which (unlike the lua command) skips neither a
  // byte order mark nor a #! line: Prosody stops with "unexpected symbol near '<\239>'" (or '#').
  if (text.startsWith('\uFEFF')) {
    return failure(
      'Line 1, column 1: the file starts with a byte order mark (BOM), and Prosody stops with "unexpected symbol near \'<\\239>\'"; save it as UTF-8 without BOM.',
      1,
      1,
    );
  }
  if (text.startsWith('#')) return failure("Line 1, column 1: unexpected symbol near '#' (Prosody's Lua does not skip a #! line).", 1, 1);
  let chunk: Chunk;
  try {
    chunk = luaparse.parse(toByteString(text), {
      comments: false,
      locations: true,
      scope: false,
      luaVersion: '5.3',
      encodingMode: 'pseudo-latin1',
    });
  } catch (error) {
    const e = error as { message?: unknown; line?: unknown; column?: unknown };
    const line = typeof e.line === 'number' ? e.line : 0;
    const column = typeof e.column === 'number' ? e.column + 1 : 0;
    const message = typeof e.message === 'string' ? withoutStrings(e.message.replace(/^\[\d+:\d+\]\s*/, '')) : 'unreadable';
    if (error instanceof RangeError) return failure('The config is nested too deeply to read.');
    return failure(line ? `Line ${line}, column ${column}: ${message}.` : `The config is not valid Lua: ${message}.`, line, column);
  }
  try {
    const reader = new ConfigReader();
    reader.read(chunk);
    const base = {
      ok: true as const,
      global: reader.global,
      virtualHosts: [...reader.hosts.values()],
      components: [...reader.components.values()],
      skipped: reader.skipped,
    };
    return { ...base, ...chooseHost(base, options.host) };
  } catch (error) {
    if (error instanceof RefusedByProsody)
      return failure(`Line ${error.at.line}, column ${error.at.column}: ${error.message}.`, error.at.line, error.at.column);
    // Only a pathological file gets here (e.g. nesting beyond the stack); report, never throw.
    return failure(`The config could not be read: ${error instanceof Error ? error.message : String(error)}.`);
  }
}
