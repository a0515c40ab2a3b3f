/** Page objects of the demo portal specs. */
export { PortalRoom, PortalRooms, PortalSignIn, PortalSignOut } from './portal-pages.js';
export { seriousViolations, type AxeViolation } from './axe.js';
