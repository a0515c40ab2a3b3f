/**
 * A web page embedding `<SecureMeeting>` whose tokens come from the MeetGate extension (the
 * bridge), as an intranet portal would.
 */
import { createRoot } from 'react-dom/client';
import { SecureMeeting } from '../../../../components/index.js';
import { createExtensionTokenSource } from '../../../../lib/bridge/index.js';

const params = new URLSearchParams(location.search);
/**
 * The portal knows its deployment: Prosody as in the seeds' Keycloak set-up (the test simulator's
 * settings) — keys from cache_keys_url, no room claim required, no token_verification on the MUC.
 */
const KEYCLOAK_PROSODY = { key_kind: 'key-server', asap_require_room_claim: false, token_verification: false } as const;
const sources = [createExtensionTokenSource()];
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <SecureMeeting
      domain={params.get('domain') ?? ''}
      roomName={params.get('room') ?? ''}
      tokenSources={sources}
      tokenFromLink={false}
      inspect={{ profile: KEYCLOAK_PROSODY }}
      style={{ height: '100vh' }}
    />,
  );
}
