/**
 * Runs Jitsi's own Prosody token code against MeetGate, locally (not part of `npm test`): the
 * corpus of test/lib/token/prosody-corpus.ts, each token under each server profile, judged by
 * `Util:process_and_verify_token` (login, as mod_auth_token calls it) and `Util:verify_room`
 * (room join, as mod_token_verification calls it) from a jitsi-meet checkout, by `inspectToken`
 * and by the simulator. Prints the agreement per profile and every disagreement by class.
 *
 *   node --import tsx scripts/prosody-real/compare.ts --plugins <jitsi-meet>/resources/prosody-plugins \
 *     --prosody <dir holding Prosody's util/*.lua> --basexx <dir holding basexx.lua 0.4.1> \
 *     [--code current|before-17803|2025] [--runs 2100] [--seed 1]
 *
 * `--code` says which Jitsi code the checkout holds, so MeetGate is given the same behaviour:
 * `before-17803` (no `token_regex_*` options, patterns lowercased: before PR #17803 of
 * 2026-09-08), `2025` (that, and no "sub claim is missing" at login: e.g. 412aa83, 9462a9c).
 *
 * Needs lua5.4 with lua-cjson and luaossl (Debian: lua5.4 lua-cjson lua-luaossl lua-sec lua-inspect).
 * Nothing of Jitsi's is copied here: harness.lua loads the checkout's files as Prosody would.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { inspectToken, type ServerProfile, serverProfile } from '../../lib/token/index.js';
import { roomTarget } from '../../server/dev/simulator/room-rules.js';
import * as seed from '../../test/fixtures/seed-tokens.js';
import { build, DOMAIN, NOW_S, PROFILES, resign, SECRET, SPKI, simulatorAdmits, targetOf, tokenArb } from '../../test/lib/token/prosody-corpus.js';

const { values } = parseArgs({
  options: {
    plugins: { type: 'string' },
    prosody: { type: 'string' },
    basexx: { type: 'string' },
    runs: { type: 'string', default: '2100' },
    seed: { type: 'string', default: '1' },
    code: { type: 'string', default: 'current' },
    only: { type: 'string' },
    seeds: { type: 'boolean', default: false },
  },
});
if (!values.plugins || !values.prosody || !values.basexx) {
  console.error('usage: compare.ts --plugins <jitsi-meet>/resources/prosody-plugins --prosody <prosody lib dir> --basexx <basexx dir>');
  process.exit(2);
}

/** What the checkout's code does that the current one does not, as profile settings for MeetGate. */
const BEFORE_17803: Partial<ServerProfile> = {
  token_regex_enabled: true,
  token_regex_room_max_length: null,
  token_regex_max_quantifiers: null,
  room_pattern_case: 'lowercased',
};
const CODE: Record<string, Partial<ServerProfile>> = { current: {}, 'before-17803': BEFORE_17803, '2025': { ...BEFORE_17803, sub_claim_check: 'join' } };
const code = CODE[values.code ?? 'current'];
if (!code) throw new Error(`--code must be one of ${Object.keys(CODE).join(', ')}`);
/** The corpus profile as MeetGate is told about the checkout's behaviour. */
// The seed tokens come from other deployments: any issuer is accepted, so their other rules are what is judged.
const PROFILE: Record<string, Partial<ServerProfile>> = Object.fromEntries(
  Object.entries(PROFILES).map(([name, p]) => [name, { ...p, ...code, ...(values.seeds ? { asap_accepted_issuers: ['*'] } : {}) }]),
);

/** Prosody's options for a profile, as a deployment's config file would set them. */
function luaOptions(name: string): Record<string, unknown> {
  const p = serverProfile(PROFILE[name]);
  const keyed = p.key_kind === 'key-server';
  return {
    app_id: p.app_id,
    ...(keyed ? { asap_key_server: 'https://keys.example.org/asap' } : { app_secret: SECRET }),
    signature_algorithm: p.signature_algorithm,
    ...(p.asap_accepted_issuers ? { asap_accepted_issuers: p.asap_accepted_issuers } : {}),
    asap_accepted_audiences: p.asap_accepted_audiences,
    enable_domain_verification: p.enable_domain_verification,
    asap_require_room_claim: p.asap_require_room_claim,
    allow_empty_token: p.allow_empty_token,
    token_regex_enabled: p.token_regex_enabled,
    ...(p.token_regex_room_max_length === null ? {} : { token_regex_room_max_length: p.token_regex_room_max_length }),
    ...(p.token_regex_max_quantifiers === null ? {} : { token_regex_max_quantifiers: p.token_regex_max_quantifiers }),
    muc_mapper_domain_prefix: p.muc_mapper_domain_prefix,
    muc_mapper_domain_base: p.muc_mapper_domain_base ?? p.domain ?? DOMAIN,
  };
}

const names = Object.keys(PROFILES).filter((name) => !values.only || name === values.only);
/** One verdict to compare: a token, the page it opens, when (whole seconds), and the milliseconds MeetGate sees on top. */
interface Item {
  token: string;
  target: string;
  now: number;
  ms: number;
  label: string;
}
const FORUM_S = Math.floor(seed.FORUM_TIME / 1000);
const items: Item[] = values.seeds
  ? // The seed documents' tokens (a forum thread, docs, Keycloak, JaaS), signed again with our keys, on several pages and days.
    Object.entries(seed)
      .filter((e): e is [string, string] => typeof e[1] === 'string')
      .flatMap(([label, raw]) =>
        ['standup', 'NochEinTest', 'nocheintest', 'acme/standup', 'vpaas-magic-cookie-1234/standup', 'jitsi.mhnnet.de/nocheintest'].flatMap((target) =>
          [FORUM_S, NOW_S].map((now) => ({ token: resign(raw), target, now, ms: 0, label })),
        ),
      )
  : fc
      .sample(tokenArb, { numRuns: Number(values.runs), seed: Number(values.seed) })
      .map((t) => ({ token: build(t), target: t.target, now: NOW_S, ms: t.ms, label: JSON.stringify(t) }));
const lua = spawn('lua5.4', [new URL('./harness.lua', import.meta.url).pathname, values.plugins, values.prosody, values.basexx], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
const lines = createInterface({ input: lua.stdout })[Symbol.asyncIterator]();

type Verdict = { login: boolean; loginErr?: string; join?: boolean; joinErr?: string };
async function judgeByLua(name: string, item: Item, first: boolean): Promise<Verdict> {
  const { token } = item;
  const { tenant, room } = targetOf(item.target);
  const target = roomTarget(room, tenant);
  const node = target.tenant ? `[${target.tenant}]${target.node}` : target.node;
  const p = serverProfile(PROFILE[name]);
  const muc = `${p.muc_mapper_domain_prefix}.${p.muc_mapper_domain_base ?? p.domain ?? DOMAIN}`;
  const input = {
    profile: name,
    host: p.domain ?? DOMAIN,
    options: luaOptions(name),
    token,
    address: `${node}@${muc}/nick`,
    prefix: target.tenant ?? '',
    room: target.node,
    now: item.now,
    ...(first ? { key: SPKI } : {}),
  };
  lua.stdin.write(`${JSON.stringify(input)}\n`);
  const next = await lines.next();
  if (next.done) throw new Error('lua5.4 stopped');
  return JSON.parse(next.value) as Verdict;
}

const tally: Record<string, { total: number; inspector: number; simulator: number; accepted: number }> = {};
const classes = new Map<string, { count: number; example: string }>();
let first = true;
for (const item of items) {
  const { token } = item;
  for (const name of names) {
    const verdict = await judgeByLua(name, item, first);
    first = false;
    // Without token_verification on the MUC component, verify_room is never called.
    const real = verdict.login && (verdict.join === true || !serverProfile(PROFILE[name]).token_verification);
    const report = inspectToken(token, { profile: PROFILE[name], room: item.target, now: item.now * 1000 + item.ms });
    const sim = await simulatorAdmits(token, item.target, name, PROFILE[name], item.now);
    const entry = tally[name] ?? { total: 0, inspector: 0, simulator: 0, accepted: 0 };
    tally[name] = entry;
    entry.total++;
    if (real) entry.accepted++;
    if (report.usable === real) entry.inspector++;
    if (sim.admitted === real) entry.simulator++;
    if (report.usable !== real || sim.admitted !== real) {
      const luaWhy = (verdict.loginErr ?? verdict.joinErr ?? 'admitted').replace(/\d+(\.0)? sec/g, 'N sec').replace(/^error: [^:]+:\d+: /, 'error: ');
      const errors =
        report.findings
          .filter((f) => f.severity === 'error')
          .map((f) => f.code)
          .join(',') || 'usable';
      const key = `${name} | prosody: ${luaWhy} | inspector: ${report.usable === real ? 'agrees' : errors} | simulator: ${sim.admitted === real ? 'agrees' : sim.text}`;
      const known = classes.get(key);
      if (known) known.count++;
      else classes.set(key, { count: 1, example: `${item.label} → ${item.target} at ${item.now}` });
    }
  }
}
lua.stdin.end();

console.log(`${items.length} ${values.seeds ? 'seed verdicts' : 'tokens'} × ${names.length} profiles, code ${values.code}, plugins ${values.plugins}`);
for (const [name, e] of Object.entries(tally)) {
  const pct = (n: number) => `${((100 * n) / e.total).toFixed(2)} %`;
  console.log(
    `${name.padEnd(34)} prosody accepts ${String(e.accepted).padStart(5)}  inspector ${pct(e.inspector).padStart(8)}  simulator ${pct(e.simulator).padStart(8)}`,
  );
}
const all = Object.values(tally).reduce((a, e) => ({ total: a.total + e.total, inspector: a.inspector + e.inspector, simulator: a.simulator + e.simulator }), {
  total: 0,
  inspector: 0,
  simulator: 0,
});
console.log(
  `all: inspector ${all.inspector}/${all.total} (${((100 * all.inspector) / all.total).toFixed(2)} %), simulator ${all.simulator}/${all.total} (${((100 * all.simulator) / all.total).toFixed(2)} %)`,
);
for (const [key, { count, example }] of [...classes].sort((a, b) => b[1].count - a[1].count)) console.log(`\n${count}× ${key}\n   e.g. ${example}`);
