/** The portal's page routes: sign-in, sign-out and rooms. */
export { getSignIn, postSignIn, showSignIn, type SignInOptions } from './sign-in.js';
export { getSignOut, postSignOut, SIGNED_OUT_PATH } from './sign-out.js';
export { getRoom, getRooms, roomData } from './rooms.js';
