/** `createTokenEndpoint`, the Node handler: the endpoint's whole behaviour (endpoint-suite.ts). */
import { createTokenEndpoint } from '../../../server/mint/index.js';
import { endpointSuite } from './endpoint-suite.js';

endpointSuite((options) => createTokenEndpoint(options));
