/**
 * The MeetGate demo portal: an intranet-style site on 127.0.0.1 with demo accounts, a room list
 * and rooms embedding `<SecureMeeting>`, backed by `createTokenEndpoint`. `npm start` runs it.
 */
export { startDemo, SIMULATOR_DOMAIN, type Demo, type DemoOptions } from './demo.js';
export { startPortal, type Portal, type StartPortalOptions } from './server.js';
export { buildPortalAssets } from './bundle.js';
export { readDeployment, readPort, DEPLOYMENT_VARIABLES, type DeploymentChoice, type DeploymentReading } from './deployment.js';
export { startInstructions } from './instructions.js';
export { createDemoAccounts, checkSignIn, makeDemoPassword, personOf, type DemoAccount } from './accounts.js';
export { toTokenUser, type PortalPerson, type PortalRole } from './person.js';
export { createSessionStore, isSessionCsrfToken, type Session, type SessionStore, type SessionStoreOptions } from './sessions.js';
export { safeReturnTo, DEFAULT_RETURN_TO } from './return-to.js';
export { DEMO_ROOMS, DEFAULT_TTL_SECONDS, SHORT_TTL_SECONDS, findRoom, mayJoin, type PortalRoom } from './rooms.js';
export { createTokenRoute, TOKEN_PATH, type SigningSettings, type TokenRouteOptions } from './token-route.js';
export { SESSION_COOKIE } from './cookies.js';
export type { MeetingSettings, PortalAssets } from './context.js';
