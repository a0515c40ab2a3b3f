// The inspector's core as a page that only inspects imports it (the size bench and budget test measure it).
export { inspectToken } from '../../lib/token/index.js';
