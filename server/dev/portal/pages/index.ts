/** The portal's HTML pages, rendered on the server with escaped templates. */
export { renderPage, signOutForm, type PageParts, type SignedInView } from './layout.js';
export { signInPage, type SignInMethod, type SignInView } from './sign-in.js';
export { roomsPage, type RoomsView } from './rooms.js';
export { roomPage, type RoomPageData } from './room.js';
export { messagePage, signOutPage } from './messages.js';
export { PORTAL_CSS } from './styles.js';
