// The full inspector (the report with the holder and words) as a page that inspects imports it (the size bench and budget test measure it; the core alone is lib/token/core.ts).
export { inspectToken } from '../../lib/token/index.js';
