/**
 * meetgate sources: where meeting tokens come from. Each source is a small module taking its
 * environment (window, history, timers) as parameters; all implement `TokenSource`.
 */
export type {
  ExtensionTokenSource,
  TokenProvider,
  TokenRequest,
  TokenRequestReason,
  TokenSource,
  TokenSourceErrorCode,
  TokenSourceKind,
  TokenUpdate,
} from './types.js';
export { TokenSourceError } from './types.js';
export { systemTimers, backoffDelay, sleep, type Timers, type TimerHandle } from './timers.js';
export { isCompactToken } from './token-shape.js';
export { createPropSource, type PropTokenSource } from './prop.js';
export { createProviderSource, type ProviderOptions } from './provider.js';
export { createLinkSource, takeTokenFromLink, type LinkEnvironment } from './link.js';
export { splitLinkTokens, withoutLinkTokens, type LinkTokens } from '../token/link-params.js';
export {
  parseTokenMessage,
  sameRoom,
  tokenRequestMessage,
  MAX_ROOM_LENGTH,
  TOKEN_MESSAGE_TYPE,
  TOKEN_MESSAGE_VERSION,
  TOKEN_REQUEST_TYPE,
  type TokenMessage,
  type TokenRequestMessage,
} from './message.js';
export { createPostMessageSource, type MessagePeer, type MessageWindow, type PostMessageSourceOptions } from './post-message.js';
export { requestFromSources, isTokenSource, type ChainResult } from './chain.js';
