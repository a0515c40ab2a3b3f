/**
 * The `token` prop as a source: it answers with the current value and pushes every new value,
 * so a host page that swaps the token (another account, another room) gets a clean rejoin.
 */
import type { TokenSource, TokenUpdate } from './types.js';

/** The prop source, with `update` for the component to call when the prop changes. */
export interface PropTokenSource extends TokenSource {
  readonly kind: 'prop';
  /** Sets the current value; subscribers hear about a new non-empty value. */
  update(token: string | null | undefined): void;
}

/** Creates the source with the prop's first value. */
export function createPropSource(initial?: string | null): PropTokenSource {
  let current = typeof initial === 'string' && initial !== '' ? initial : null;
  const listeners = new Set<(update: TokenUpdate) => void>();
  return {
    kind: 'prop',
    request: async () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(token) {
      const next = typeof token === 'string' && token !== '' ? token : null;
      if (next === current) return;
      current = next;
      if (next !== null) for (const listener of [...listeners]) listener({ token: next });
    },
    forget() {
      current = null;
    },
  };
}
