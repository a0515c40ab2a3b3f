/** The portal's OpenID Connect sign-in: flows across requests, routes, access tokens as meeting tokens. */
export { createOidcSignIn, type OidcSignIn } from './sign-in.js';
export { createSignInFlows, type FinishedFlow, type FlowOptions, type SignInFlows, type StartedFlow } from './flows.js';
export { getOidcCallback, getOidcStart, CALLBACK_PATH, FLOW_COOKIE } from './routes.js';
export { createOidcTokenRoute, accessTokenExpiry, type OidcTokenRouteOptions } from './token-route.js';
export { personFromTokens, portalRoleOf } from './person.js';
