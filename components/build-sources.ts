/**
 * Assembles the token sources for a session, in the order they are asked: the `token` prop, the
 * page link, the parent window or opener, sources handed in (the extension), the provider.
 */
import { createLinkSource } from '../lib/sources/link.js';
import { createPostMessageSource, type MessageWindow } from '../lib/sources/post-message.js';
import { createProviderSource, type ProviderOptions } from '../lib/sources/provider.js';
import type { Timers } from '../lib/sources/timers.js';
import type { TokenProvider, TokenSource } from '../lib/sources/types.js';

/** What the sources are built from. */
export interface SourceInputs {
  prop: TokenSource;
  /** The link source, made once per component (the link is read once); null when turned off. */
  link: TokenSource | null;
  allowedTokenOrigins: readonly string[] | undefined;
  extra: readonly TokenSource[] | undefined;
  /** Calls the latest `tokenProvider`, or null when there is none. */
  provider: TokenProvider | null;
  providerOptions: Omit<ProviderOptions, 'timers'> | undefined;
  timers: Timers;
  window: (MessageWindow & Window) | undefined;
}

/** Reads and strips the page link once, when there is a window. */
export function linkSourceFor(win: Window | undefined): TokenSource | null {
  return win ? createLinkSource({ location: win.location, history: win.history }) : null;
}

/** Whether the page is framed or was opened by another window: only then can a token arrive by message. */
function hasPeer(win: Window): boolean {
  try {
    return win.parent !== win || Boolean(win.opener);
  } catch {
    return true;
  }
}

/** The ordered source list. */
export function buildSources(inputs: SourceInputs): TokenSource[] {
  const sources: TokenSource[] = [inputs.prop];
  if (inputs.link) sources.push(inputs.link);
  if (inputs.window && hasPeer(inputs.window) && inputs.allowedTokenOrigins && inputs.allowedTokenOrigins.length > 0) {
    sources.push(createPostMessageSource({ window: inputs.window, allowedOrigins: inputs.allowedTokenOrigins, timers: inputs.timers }));
  }
  if (inputs.extra) sources.push(...inputs.extra);
  if (inputs.provider) sources.push(createProviderSource(inputs.provider, { ...inputs.providerOptions, timers: inputs.timers }));
  return sources;
}
