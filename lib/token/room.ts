/**
 * The room as the MUC sees it: the web client builds the room node as
 * `encodeURIComponent(normalised name).toLowerCase()`; Prosody's comparison with the room claim
 * is in `checks/placement.ts`.
 */

/** The MUC node Jitsi uses for a room name (`getBackendSafeRoomName`). */
export function backendRoomName(room: string): string {
  let name = room;
  try {
    name = decodeURIComponent(name);
  } catch {
    // Jitsi keeps a name it cannot decode as it is.
  }
  return encodeURIComponent(name.normalize('NFKC').toLowerCase()).toLowerCase();
}

/** Splits `tenant/room` (multi-tenant and JaaS `appId/room` links) into its parts. */
export function splitRoom(target: string): { tenant: string | null; room: string } {
  const trimmed = target.replace(/^\/+|\/+$/g, '');
  const slash = trimmed.lastIndexOf('/');
  return slash < 0 ? { tenant: null, room: trimmed } : { tenant: trimmed.slice(0, slash), room: trimmed.slice(slash + 1) };
}
