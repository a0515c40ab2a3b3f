'use client';
// A client component of the site: its tokenProvider is a function, which cannot cross from a
// server page to the client, so it lives here. It asks the site's route handler (app/api/meeting-token).
import { SecureMeeting } from 'meetgate';

async function tokenProvider({ room, signal, reportDate }) {
  const response = await fetch(`/api/meeting-token?room=${encodeURIComponent(room)}`, { signal, credentials: 'same-origin' });
  reportDate?.(response.headers.get('date'));
  if (response.status === 401) return null;
  if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
  return (await response.json()).token;
}

export function Meeting({ room }) {
  return <SecureMeeting domain="meet.example.org" roomName={room} tokenProvider={tokenProvider} tokenFromLink={false} />;
}
