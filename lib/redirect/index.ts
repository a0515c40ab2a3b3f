/** meetgate redirect and origin checks: allow lists of exact origins and safe redirects. */
export { ConfigurationError, parseOrigin, parseOriginList } from './origins.js';
export { checkRedirect, type RedirectCheck, type RedirectPolicy, type RedirectRefusal } from './check.js';
export { buildLoginUrl, RETURN_TO_PARAM, type LoginTarget } from './login-url.js';
