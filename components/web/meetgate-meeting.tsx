/**
 * `<meetgate-meeting>`: the component as a custom element, for portals that do not use React.
 *
 *   <script src="meetgate-meeting.js"></script>
 *   <meetgate-meeting domain="meet.example.org" room="standup" token-url="/api/meeting-token"
 *     login-url="/login" logout-url="/logout" allowed-redirect-origins="https://intranet.example.org">
 *   </meetgate-meeting>
 *
 * It fires `meetgate-statechange` (detail: the state, without any token) on every change.
 */
import { createRoot, type Root } from 'react-dom/client';
import type { MeetingState } from '../../lib/session/types.js';
import { SecureMeeting, type SecureMeetingProps } from '../SecureMeeting.js';
import { tokenUrlProvider } from './token-url-provider.js';

const ATTRIBUTES = ['domain', 'room', 'token-url', 'login-url', 'logout-url', 'allowed-redirect-origins', 'allowed-token-origins', 'lang', 'token-card', 'avatar-origins'] as const;

/** The props an element's attributes describe; null until domain and room are set. */
export function propsFromAttributes(read: (name: (typeof ATTRIBUTES)[number]) => string | null): SecureMeetingProps | null {
  const domain = read('domain');
  const roomName = read('room');
  if (!domain || !roomName) return null;
  const list = (name: (typeof ATTRIBUTES)[number]) => (read(name) ?? '').split(/\s+/).filter(Boolean);
  const tokenUrl = read('token-url');
  const card = read('token-card');
  return {
    domain,
    roomName,
    tokenProvider: tokenUrl ? tokenUrlProvider(tokenUrl) : undefined,
    auth: { loginUrl: read('login-url') ?? undefined, logoutUrl: read('logout-url') ?? undefined, allowedRedirectOrigins: list('allowed-redirect-origins') },
    allowedTokenOrigins: list('allowed-token-origins'),
    lang: read('lang') ?? undefined,
    tokenCard: card === 'panel' || card === 'hidden' ? card : 'overlay',
    avatarOrigins: list('avatar-origins'),
  };
}

/** Defines the element class; a function so that importing this module touches no `window`. */
export function defineMeetgateMeeting(registry: CustomElementRegistry = customElements, tag = 'meetgate-meeting'): void {
  if (registry.get(tag)) return;
  class MeetgateMeetingElement extends HTMLElement {
    static observedAttributes = [...ATTRIBUTES];
    #root: Root | null = null;

    connectedCallback(): void {
      this.#render();
    }

    attributeChangedCallback(): void {
      if (this.#root) this.#render();
    }

    disconnectedCallback(): void {
      // Unmounting disposes the Jitsi iframe and every timer and listener of the session.
      this.#root?.unmount();
      this.#root = null;
    }

    #render(): void {
      const props = propsFromAttributes((name) => this.getAttribute(name));
      if (!props) return;
      this.#root ??= createRoot(this);
      const onStateChange = (state: MeetingState) => this.dispatchEvent(new CustomEvent('meetgate-statechange', { detail: state, bubbles: true }));
      this.#root.render(<SecureMeeting {...props} onStateChange={onStateChange} />);
    }
  }
  registry.define(tag, MeetgateMeetingElement);
}
