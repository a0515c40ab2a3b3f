/**
 * Build-time Vite plugin for the extension: React DOM without raw HTML. React's
 * `dangerouslySetInnerHTML` is the only place the bundle assigns a dynamic value to `innerHTML`;
 * MeetGate never uses it, and addons-linter (AMO review, `web-ext lint`) flags those assignments
 * as UNSAFE_VAR_ASSIGNMENT. The plugin replaces both assignments in React DOM's production client
 * with a throw, so an extension page that ever tried raw HTML fails loudly instead of inserting it.
 * A React release that changes this code fails the build (the replacement count is checked)
 * rather than shipping unpatched.
 */
import type { Plugin } from 'vite';

/** React DOM's production client (react-dom@19: cjs/react-dom-client.production.js). */
const REACT_DOM_CLIENT = /[\\/]node_modules[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/;

/** The two assignments in setProp and setPropOnCustomElement (react-dom 19.x). */
const RAW_HTML_ASSIGNMENT = /\(domElement\.innerHTML = key\)/g;

/** What replaces each assignment. */
const REFUSAL = '(function () { throw Error("MeetGate: extension pages never insert raw HTML (dangerouslySetInnerHTML)"); })()';

/** Rewrites React DOM's client source; throws when the expected two assignments are not there. */
export function withoutRawHtml(source: string): string {
  const found = source.match(RAW_HTML_ASSIGNMENT)?.length ?? 0;
  if (found !== 2)
    throw new Error(
      `extension/build/no-raw-html.ts: expected 2 innerHTML assignments in react-dom's client, found ${found}; update the plugin for this React release`,
    );
  return source.replace(RAW_HTML_ASSIGNMENT, REFUSAL);
}

/** The Vite plugin (runs before the CommonJS transform). */
export function noRawHtml(): Plugin {
  return {
    name: 'meetgate:no-raw-html',
    enforce: 'pre',
    transform(code, id) {
      return REACT_DOM_CLIENT.test(id) ? { code: withoutRawHtml(code), map: null } : null;
    },
  };
}
