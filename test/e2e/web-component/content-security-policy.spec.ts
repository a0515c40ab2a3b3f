/**
 * `<meetgate-meeting>` on a portal page whose Content-Security-Policy refuses inline styles: the
 * flows of test/e2e/component/strict-policy-flows.ts (a `nonce` attribute carries the page's
 * nonce). The refused script, frame and Trusted Types cases run on `<SecureMeeting>` only: the
 * element shares that code.
 */
import { strictPolicyFlows } from '../component/strict-policy-flows.js';
import { test } from './element-fixtures.js';

strictPolicyFlows(test, 'element');
