/**
 * `<meetgate-meeting>`: the component as a custom element, for portals that do not use React.
 *
 *   <script src="meetgate-meeting.js"></script>
 *   <meetgate-meeting domain="meet.example.org" room="standup" token-url="/api/meeting-token"
 *     login-url="/login" logout-url="/logout" allowed-redirect-origins="https://intranet.example.org">
 *   </meetgate-meeting>
 *
 * `profile` gives the server's token rules, as `<SecureMeeting inspect={{ profile }}>`: a named
 * profile (`profile="jitsi-2025"`) or a JSON object of Prosody settings; the `profile` property
 * takes the same as an object (and wins over the attribute). An invalid profile starts nothing and
 * says why in the console: judging tokens by rules the server does not have would mislead.
 *
 * On a page whose Content-Security-Policy refuses inline styles, a `nonce` attribute (the page's
 * nonce) lets its `<style>` through; without one it adopts its styles as a constructed stylesheet.
 *
 * It fires `meetgate-statechange` (detail: the state, without any token) on every change. It
 * starts as soon as `domain` and `room` are both set — also when a framework creates the element,
 * inserts it, and sets the attributes afterwards. Removing `room` (or `domain`) leaves the meeting,
 * says so, and fires an `ended` state.
 */
import { createRoot, type Root } from 'react-dom/client';
import { ConfigurationError } from '../../lib/redirect/origins.js';
import type { MeetingState } from '../../lib/session/types.js';
import { createLinkSource } from '../../lib/sources/link.js';
import type { TokenSource } from '../../lib/sources/types.js';
import { SecureMeeting, type SecureMeetingProps } from '../SecureMeeting.js';
import { Screen } from '../screens/Screen.js';
import { defaultStrings } from '../strings.js';
import { MeetgateStyles } from '../styles.js';
import type { MeetgateMeetingElement as MeetgateMeetingElementType } from './element.js';
import { profileFrom } from './profile-attribute.js';
import { tokenUrlProvider } from './token-url-provider.js';

const ATTRIBUTES = [
  'domain',
  'room',
  'token-url',
  'login-url',
  'logout-url',
  'allowed-redirect-origins',
  'allowed-token-origins',
  'lang',
  'token-card',
  'avatar-origins',
  'profile',
] as const;

/** The props an element's attributes describe; null until domain and room are set. */
export function propsFromAttributes(read: (name: (typeof ATTRIBUTES)[number]) => string | null, profileProperty?: unknown): SecureMeetingProps | null {
  const domain = read('domain');
  const roomName = read('room');
  if (!domain || !roomName) return null;
  const list = (name: (typeof ATTRIBUTES)[number]) => (read(name) ?? '').split(/\s+/).filter(Boolean);
  const tokenUrl = read('token-url');
  const card = read('token-card');
  const profile = profileFrom(profileProperty, read('profile'));
  return {
    domain,
    roomName,
    tokenProvider: tokenUrl ? tokenUrlProvider(tokenUrl) : undefined,
    auth: { loginUrl: read('login-url') ?? undefined, logoutUrl: read('logout-url') ?? undefined, allowedRedirectOrigins: list('allowed-redirect-origins') },
    allowedTokenOrigins: list('allowed-token-origins'),
    lang: read('lang') ?? undefined,
    tokenCard: card === 'panel' || card === 'hidden' || card === 'overlay' ? card : 'auto',
    avatarOrigins: list('avatar-origins'),
    ...(profile ? { inspect: { profile } } : {}),
  };
}

/** What is left when the page removes `room`: the meeting was left, and why. */
function RoomRemoved({ nonce }: { nonce: string | undefined }) {
  return (
    <div className="meetgate" data-meetgate-state="ended">
      <MeetgateStyles nonce={nonce} />
      <Screen name="ended" title={defaultStrings.endedTitle} focus={false}>
        <p>{defaultStrings.roomRemovedBody}</p>
      </Screen>
    </div>
  );
}

/** Defines the element class; a function so that importing this module touches no `window`. */
export function defineMeetgateMeeting(registry: CustomElementRegistry = customElements, tag = 'meetgate-meeting'): void {
  if (registry.get(tag)) return;
  class MeetgateMeetingElement extends HTMLElement implements MeetgateMeetingElementType {
    static observedAttributes = [...ATTRIBUTES];
    #root: Root | null = null;
    /** The meeting now shown, so that removing its room can say which one was left. */
    #last: { domain: string; room: string } | null = null;
    #profile: unknown = undefined;
    /**
     * The page link's token, read when the element first starts and kept by the element: a moved
     * or re-inserted element mounts a new session, which would find the address already cleaned.
     */
    #link: TokenSource[] | undefined;

    /** The server profile as an object (or a name); null or undefined falls back to the attribute. */
    get profile(): unknown {
      return this.#profile;
    }

    set profile(value: unknown) {
      this.#profile = value;
      if (this.isConnected) this.#render();
    }

    connectedCallback(): void {
      // A framework may set `profile` before the element was defined: take that value over.
      if (Object.hasOwn(this, 'profile')) {
        const early = (this as { profile?: unknown }).profile;
        delete (this as { profile?: unknown }).profile;
        this.#profile = early;
      }
      this.#render();
    }

    attributeChangedCallback(): void {
      // Frameworks often insert first and set attributes after: start once both are there.
      if (this.isConnected) this.#render();
    }

    disconnectedCallback(): void {
      // Unmounting disposes the Jitsi iframe and every timer and listener of the session.
      this.#root?.unmount();
      this.#root = null;
    }

    #render(): void {
      const emit = (state: MeetingState) => this.dispatchEvent(new CustomEvent('meetgate-statechange', { detail: state, bubbles: true, composed: true }));
      const last = this.#last;
      // A meeting this element was showing is left: say so, as every other way of leaving does.
      const ended = () => last && emit({ status: 'ended', ...last, token: null, redirectingTo: null, canRejoin: false, canSignIn: false, notice: null });
      let props: SecureMeetingProps | null;
      try {
        props = propsFromAttributes((name) => this.getAttribute(name), this.#profile);
      } catch (error) {
        if (!(error instanceof ConfigurationError)) throw error;
        // Nothing starts on rules the server does not have; a running meeting is left.
        console.error(`MeetGate <${this.localName}>: ${error.message}`);
        this.#root?.unmount();
        this.#root = null;
        this.#last = null;
        ended();
        return;
      }
      // A `nonce` attribute: the browser moves its value to the `nonce` property and empties the attribute.
      const nonce = this.nonce || this.getAttribute('nonce') || undefined;
      if (props) {
        this.#root ??= createRoot(this);
        this.#last = { domain: props.domain, room: props.roomName };
        this.#link ??= [createLinkSource(window)];
        this.#root.render(<SecureMeeting {...props} tokenFromLink={false} tokenSources={this.#link} nonce={nonce} onStateChange={emit} />);
        return;
      }
      if (!this.#root || !last) return;
      // The room was taken away mid-meeting: unmounting SecureMeeting leaves (and disposes) the meeting.
      this.#last = null;
      this.#root.render(<RoomRemoved nonce={nonce} />);
      ended();
    }
  }
  registry.define(tag, MeetgateMeetingElement);
}
