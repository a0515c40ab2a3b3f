/**
 * A web page embedding `<SecureMeeting>` whose tokens come from the MeetGate extension (the
 * bridge), as an intranet portal would.
 */
import { createRoot } from 'react-dom/client';
import { SecureMeeting } from '../../../../components/index.js';
import { createExtensionTokenSource } from '../../../../lib/bridge/index.js';

const params = new URLSearchParams(location.search);
const sources = [createExtensionTokenSource()];
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <SecureMeeting domain={params.get('domain') ?? ''} roomName={params.get('room') ?? ''} tokenSources={sources} tokenFromLink={false} style={{ height: '100vh' }} />,
  );
}
