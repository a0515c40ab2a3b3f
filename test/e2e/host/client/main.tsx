/**
 * Entry of the test host page bundle: installs the recorder, takes the handed-over token (if
 * any) and renders `<HostApp>`.
 */
import { createRoot } from 'react-dom/client';
import { configFromQuery } from '../config.js';
import { HostApp } from './HostApp.js';
import { installProbe } from './probe.js';
import { takeHandedToken } from './provider.js';
import { installExternalApi } from '../../../../lib/jitsi/install.js';

const probe = installProbe();
const config = configFromQuery(window.location.search);
if (config.bundledHost) installExternalApi();

async function main(): Promise<void> {
  const token = config.tokenRef ? await takeHandedToken(config.tokenRef) : undefined;
  const container = document.getElementById('root');
  if (!container) throw new Error('The host page has no #root.');
  createRoot(container).render(<HostApp config={config} token={token} probe={probe} />);
}

void main();
