/**
 * meetgate/bridge — how a web page gets a meeting token from the MeetGate extension: the message
 * protocol, the page-side client, the content-script relay and the extension's decision.
 */
export {
  ASK_ATTRIBUTE,
  BRIDGE_CHANNEL,
  BRIDGE_VERSION,
  parseAsk,
  parseAnswer,
  parseTokenRequest,
  parseExtensionMessage,
  type BridgeAnswer,
  type BridgeAsk,
  type ExtensionMessage,
  type RefusalOutcome,
  type TokenRequestMessage,
} from './protocol.js';
export { requestExtensionToken, DEFAULT_BRIDGE_TIMEOUT_MS, type ExtensionTokenRequest, type ExtensionTokenResult } from './client.js';
export { createExtensionTokenSource, type ExtensionSourceOptions } from './source.js';
export { startBridgeRelay, type BridgeRelayOptions } from './relay.js';
export {
  decideBridgeRequest,
  isAllowed,
  pageOrigin,
  type BridgeAllowance,
  type BridgeCandidate,
  type BridgeDecision,
  type BridgeDecisionInput,
} from './policy.js';
