/**
 * The inspector's words: every finding's `message` and `hint` in plain English, made from the
 * data `judgeToken` returns (code, claim, setting, params). Kept apart from the core so a page
 * or service that needs only the verdict does not load them. Where Prosody refuses a token, the
 * message quotes its reason text as Prosody logs it (jitsi/jitsi-meet
 * `resources/prosody-plugins/token/util.lib.lua`, `luajwtjitsi.lib.lua`; PR #17803 for patterns).
 */
import { quote } from './claims.js';
import { toDate } from './checks/time.js';
import { suggestFeature } from './features.js';
import { formatDateTime } from '../time/format.js';
import type { Finding, FindingCode, FindingFacts, FindingParams } from './types.js';

/** The message and the hint of one finding. */
type Words = (params: FindingParams, finding: FindingFacts) => [message: string, hint: string];

/** A message that ends with Prosody's own reason for refusing. */
const refused = (message: string, reason: string) => `${message} Prosody: "${reason}".`;

/** Prosody's reason for a part it cannot split or decode (`luajwtjitsi.lib.lua` `parse_token`). */
const PART_REASON: Record<string, string> = { token: 'Invalid token', header: 'Invalid header', payload: 'Invalid body', signature: 'Invalid signature' };

const TIME: Record<string, string> = { iat: 'issued-at time (iat)', nbf: 'start time (nbf)', exp: 'expiry (exp)' };

/** A claim's time in the reader's locale and time zone. */
function when(seconds: unknown): string {
  const date = toDate(seconds as number);
  return date ? formatDateTime(date) : 'an invalid date';
}

const shown = (value: unknown) => (value === undefined ? 'missing' : quote(value));

/** A claim Prosody's Lua code cannot lower, index or concatenate: the login or join fails with a Lua error. */
const luaError = (p: FindingParams, f: FindingFacts): [string, string] => [
  `${f.claim} is ${shown(p.value)}: Prosody fails on it with a Lua error.`,
  `Make ${f.claim} text, or leave it out.`,
];

/** The hint for a token signed otherwise than the server verifies. */
const signWith = (p: FindingParams) =>
  p.keyServer ? `Sign with ${p.expected} and the key the key server publishes.` : `Sign with ${p.expected} and the app_secret, or set signature_algorithm.`;

const TOO_LARGE_HINT = 'Keep tokens small: they travel in URLs.';

/** What a malformed token's part is, in words. */
function malformed(p: FindingParams): string {
  if (p.case === 'parts') return `Prosody splits a token into three parts at its dots; this has ${p.segments}.`;
  if (p.case === 'bom') return 'The payload JSON starts with a byte-order mark.';
  return `The ${p.part} is not ${p.case === 'object' ? 'a JSON object' : p.case === 'json' ? 'JSON' : 'base64url'}.`;
}

/** `iss-mismatch` and `aud-mismatch`. */
const mismatch: Words = (p, f) => {
  const name = f.claim as string;
  const word = name === 'iss' ? 'issuer' : 'audience';
  if (f.severity === 'warning')
    return [
      `The ${word} is a list (${quote(p.value)}); it passes only because ${f.setting} has "*".`,
      `Issue a single ${name} (Keycloak: an audience mapper).`,
    ];
  const accepted = p.accepted ?? [];
  return [
    refused(
      `The ${word} ${quote(p.value)} is not accepted (${f.setting}: ${accepted.map(quote).join(', ')})${Array.isArray(p.value) ? '; a list never equals one value' : ''}.`,
      `invalid '${name}' claim`,
    ),
    `Issue ${name} ${quote(accepted[0])}, or add the value to ${f.setting}.`,
  ];
};

/** The codes `judgeToken` can give (`weak-secret` is the CLI's, about the secret it was given: server/cli/secret-strength.ts). */
export type InspectorCode = Exclude<FindingCode, 'weak-secret'>;

/** The words of every code the inspector gives; a code without words fails the type check (and test/lib/token/wording-split.test.ts). */
export const FINDING_WORDS: Readonly<Record<InspectorCode, Words>> = {
  'token-too-large': (p) => [
    p.case === 'input' ? `The input has ${p.length} characters: too large.` : `The token has ${p.length} characters (limit ${p.limit}).`,
    TOO_LARGE_HINT,
  ],
  malformed: (p) => {
    if (p.case === 'empty') return ['There is no token.', 'Copy the whole token or meeting link.'];
    // Jitsi parses #jwt= as JSON (see extract.ts): an unquoted token there is skipped.
    if (p.case === 'unquoted')
      return [
        "Jitsi skips this link's #jwt=: it reads the value as JSON, so the token must be in quotes.",
        'Write the link as #jwt="<token>" or ?jwt=<token>.',
      ];
    if (p.case === 'key-server')
      return [
        refused('With a key server, Prosody reads the header before the first dot, and cannot here.', p.dot ? 'bad token format' : 'Invalid token'),
        'Send the compact JWT exactly as issued (no leading dot).',
      ];
    // A part that is JSON but no object: Prosody's next check fails on it.
    const reason = p.case === 'object' ? (p.part === 'header' ? 'Invalid typ' : "'iss' claim is missing") : (PART_REASON[p.part ?? ''] ?? '');
    return [refused(`This is not a readable JWT. ${malformed(p)}`, reason), 'Copy the whole token or meeting link.'];
  },
  'claims-too-deep': (p) => [
    p.part
      ? refused(`This token cannot be read safely. The ${p.part} nests deeper than ${p.limit} levels.`, PART_REASON[p.part] ?? '')
      : `This token cannot be read safely: its header or claims nest deeper than ${p.limit} levels; Jitsi reads nothing that deep.`,
    'Mint the token again with a flat payload.',
  ],
  'alg-none': (p) => [refused('The token is not signed (alg none or missing).', 'Invalid or incorrect alg'), signWith(p)],
  'alg-unsupported': (p) => {
    if (p.case !== 'key-server')
      return [refused(`The token is signed with ${quote(p.value)}; this server verifies ${p.expected} only.`, 'Invalid or incorrect alg'), signWith(p)];
    return p.value === undefined
      ? [refused('The header has no alg.', "'alg' claim is missing"), 'Sign with RS256.']
      : [
          refused(`A key server only verifies RS signatures, not ${quote(p.value)}.`, "'kid' claim only support with RS family"),
          'Sign with RS256 (in Keycloak: an RS256 realm key).',
        ];
  },
  'typ-not-jwt': (p) => [
    refused(`The header typ is ${shown(p.value)}, not "JWT".`, 'Invalid typ'),
    'Set typ "JWT" in the header (jose: setProtectedHeader({ alg, typ: "JWT" })).',
  ],
  'bad-timestamp': (p, f) => {
    const name = f.claim as string;
    if (p.value === false && name !== 'iat')
      return [`The ${TIME[name]} is false; Prosody ignores it, as if it were absent.`, 'Use seconds since 1970, or leave the claim out.'];
    const message = `The ${TIME[name]} is ${quote(p.value)}, not a number of seconds.`;
    return name === 'iat'
      ? [message, 'Use Math.floor(Date.now() / 1000).']
      : [refused(message, `${name} must be number`), 'Use seconds since 1970: Math.floor(Date.now() / 1000).'];
  },
  'timestamp-milliseconds': (p, f) => {
    const name = f.claim as string;
    const effect = name === 'nbf' ? ' Prosody refuses the token for millennia.' : name === 'exp' ? ' The token never expires.' : '';
    const year = toDate(p.value as number)?.getUTCFullYear();
    return [
      `The ${TIME[name]} is ${year ? `in the year ${year}` : 'beyond any real date'} — this looks like milliseconds.${effect}`,
      'JWT times are seconds: divide by 1000 (PHP: time()).',
    ];
  },
  'missing-exp': () => ['The token has no exp: it never expires.', 'Prosody accepts it, but a leak works forever. Add exp.'],
  expired: (p) => {
    const exp = p.value as number;
    const validFor = typeof p.iat === 'number' ? `, valid for:${exp - p.iat} sec` : '';
    return [
      refused(`The token expired on ${when(exp)}.`, `Not acceptable by exp (${(p.now ?? 0) - exp} sec since expired${validFor})`),
      'Get a fresh token; if new ones expire at once, check the clocks.',
    ];
  },
  'not-yet-valid': (p) => [
    refused(`The token is not valid before ${when(p.value)}.`, 'Not acceptable by nbf'),
    'Wait, or issue it with an earlier nbf (Prosody allows no drift).',
  ],
  'issued-in-future': (p) => [`The token is issued in the future (${when(p.value)}).`, "The issuer's clock is ahead: sync it with NTP."],
  'long-lived': (p) => [
    `The token is valid for ${Math.round((p.seconds ?? 0) / 3600)} hours.`,
    'Prosody checks exp only on connect, so keep tokens short (minutes to hours).',
  ],
  'missing-claim': (_, f) => {
    switch (f.claim) {
      case 'iss':
        return [refused('The token has no issuer (iss).', "'iss' claim is missing"), 'Add iss (the app_id, or an accepted issuer).'];
      case 'aud':
        return [refused('The token has no audience (aud).', "'aud' claim is missing"), 'Add aud (any value is accepted by default).'];
      case 'sub':
        return [refused('The token has no subject (sub).', 'sub claim is missing'), 'Set sub to the XMPP domain, the tenant, or "*".'];
      case 'header.kid':
        return [refused('The header has no kid: the key server cannot find the key.', "'kid' claim is missing"), 'Add the key id (JWKS kid) as "kid".'];
      case 'room':
        return f.severity === 'error'
          ? [
              refused('The token has no room claim.', 'room claim is missing'),
              'Add "room" (a room name or "*"), or set asap_require_room_claim = false (Keycloak tokens).',
            ]
          : [
              'The token has no room claim: accepted, because this server does not require one, and then sub is not checked either.',
              'Fine for Keycloak access tokens.',
            ];
      case 'context.features':
        return ['JaaS tokens need context.features.', 'Add context.features.'];
      default:
        return [`The token has no ${f.claim}.`, `Add ${f.claim}.`];
    }
  },
  'room-mismatch': (p, f) => {
    if (p.case === 'nothing') return [refused(`room is ${shown(p.value)}.`, 'Room name cannot be matched to the one from token.'), 'Set a room or "*".'];
    if (p.case === 'pattern')
      return [
        refused(
          `string.match(${quote(p.room)}, ${quote(p.value)}) gives ${p.result === undefined ? 'nothing' : quote(p.result)}, not the whole room.`,
          p.result === undefined ? 'Room name cannot be matched to the one from token.' : 'Room and token mismatched',
        ),
        `Anchor the pattern and cover the whole name, without captures: ^…$.${p.uppercase ? ' Rooms are lowercase.' : ''}`,
      ];
    return [
      // Without domain verification Prosody compares the plain text and says so otherwise.
      refused(
        `The token is for room ${quote(p.value)}, not ${quote(p.node)}.`,
        f.setting ? 'Room and token mismatched' : 'Room does not match the room from token',
      ),
      typeof p.value === 'string' && p.value.includes('/')
        ? 'The room claim is the room alone; the tenant goes in sub.'
        : `The claim must be ${quote(p.room)} (lowercase, URL-encoded) or "*".`,
    ];
  },
  'room-wildcard': () => ['The token opens every room (room "*").', 'Mint one token per room, so a leak opens one room only.'],
  'room-pattern': (p) => {
    const complex = 'Room claim pattern is too complex';
    const invalid = 'Room claim is not a valid Lua pattern';
    switch (p.case) {
      case 'off':
        return [refused('Room claim patterns (context.room.regex) are turned off on this server.', 'invalid-regex'), 'Use a plain room name or "*".'];
      case 'not-text':
        return [refused(`${quote(p.value ?? 'missing')} is no pattern.`, invalid), 'Write it as text.'];
      case 'room-length':
        return [
          refused(`The room name has ${p.length} characters; patterns are matched against ${p.limit} at most.`, complex),
          'Use a shorter room name, or a plain room claim.',
        ];
      case 'quantifiers':
        return [
          refused(`The pattern ${quote(p.value)} has ${p.count} quantifiers; this server allows ${p.limit}.`, complex),
          'Simplify the pattern (fewer * + - ?).',
        ];
      case 'invalid':
        return [
          refused(`The pattern ${quote(p.value)} is not a valid Lua pattern here (${p.error}).`, invalid),
          'Lua patterns escape with %, not \\ (e.g. %d, %-).',
        ];
      case 'budget':
        return [`MeetGate could not finish matching the pattern ${quote(p.value)}: it backtracks too much to judge.`, 'Simplify the pattern.'];
      default:
        return [
          'context.room.regex is ignored without domain verification: the claim is compared as plain text.',
          'Turn on enable_domain_verification to use room patterns.',
        ];
    }
  },
  'sub-mismatch': (p) => [
    refused(`The token is for ${quote(p.value)}, not ${p.tenant ? 'the tenant' : 'the XMPP domain'} ${quote(p.expected)}.`, 'Room and token mismatched'),
    'Use the XMPP domain (hosts.domain, meet.jitsi in Docker), the tenant, or "*".',
  ],
  'iss-mismatch': mismatch,
  'aud-mismatch': mismatch,
  'feature-as-string': (p) => [`${p.key} is the string ${quote(p.value)}; a boolean is cleaner.`, 'Drop the quotes.'],
  'feature-value-invalid': (p) =>
    p.case === 'not-object'
      ? ['context.features is not an object; Jitsi ignores it.', 'Write { "recording": true, ... }.']
      : [`${p.key} is ${quote(p.value)}: Jitsi reads "disabled".`, 'Use true or false.'],
  'unknown-feature': (p) => {
    const guess = suggestFeature(p.key ?? '');
    return [
      `Unknown feature ${quote(p.key)}${guess ? `; did you mean "${guess}"?` : '.'}`,
      guess ? `Rename it to "${guess}".` : 'Remove it or fix the spelling.',
    ];
  },
  'features-misplaced': (p, f) => {
    const flags =
      (p.keys ?? [])
        .slice(0, 8)
        .map((key) => quote(key.slice(0, 60)))
        .join(', ') || 'nothing';
    return [
      `Jitsi never reads ${f.claim} (${flags}): these flags have no effect.`,
      p.merge ? 'Merge them into context.features, or delete them.' : 'Move them to context.features.',
    ];
  },
  'unknown-affiliation': (p) => [`Jitsi does not know affiliation ${quote(p.value)}: the holder is a member.`, 'Use owner, moderator, teacher or member.'],
  'role-conflict': (p) => [
    `${p.decidedBy} makes the holder ${/^[aeiou]/.test(p.role ?? '') ? 'an' : 'a'} ${p.role}, but ${(p.conflicts ?? []).join(' and ')} would keep them a member.`,
    'Prosody lets the elevating claim win: make the claims agree, or drop the one you did not mean.',
  ],
  'missing-display-name': (_, f) => [
    'The token has no display name; Jitsi will ask for one.',
    f.claim === 'name' ? 'Map the name into the access token (Keycloak: profile scope).' : 'Add context.user.name.',
  ],
  'unsafe-avatar': (p) => [`The avatar ${quote(p.value)} is not https: or an inline image; it is not shown.`, 'Use an https:// image address.'],
  'jaas-kid': (p) =>
    p.case === 'sub'
      ? [`The app id in kid (${quote(p.appId)}) is not sub (${quote(p.value)}).`, 'Set sub to the part of kid before the slash.']
      : [`JaaS needs kid "<appId>/<keyId>", not ${quote(p.value ?? 'none')}.`, 'Copy the key id from the JaaS console.'],
  'room-options-ignored': (p) =>
    p.case === 'no-token-verification'
      ? [
          'This server does not load token_verification: the room and sub are not checked on joining.',
          'Add "token_verification" to the MUC component\'s modules_enabled to bind tokens to rooms.',
        ]
      : [
          `Prosody ignores ${(p.keys ?? []).slice(0, 5).map(quote).join(', ')} in context.room: no lobby or password is set.`,
          'Use persistent_lobby, the toggleLobby command, or a plugin such as token_security_ondemand.',
        ],
  'context-invalid': (p) => [
    `context is ${quote(p.value)}; Prosody's login reads context.user from it and fails with a Lua error.`,
    'Make context an object ({ "user": { … } }) or leave it out.',
  ],
  'tenant-invalid': luaError,
};

/** A finding in words: `judgeToken`'s data with its `message` and `hint` (the fields `inspectToken` has always returned). */
export function wordFinding(finding: FindingFacts): Finding {
  const { code, severity, claim, setting } = finding;
  const params = finding.params ?? {};
  // A claim Lua fails on reads the same under every code (missing-claim, room-pattern, room-mismatch, sub-mismatch, tenant-invalid).
  const [message, hint] = (params.case === 'lua' ? luaError : FINDING_WORDS[code as InspectorCode])(params, finding);
  return setting ? { code, severity, claim, message, hint, setting } : { code, severity, claim, message, hint };
}
