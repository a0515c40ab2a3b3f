/**
 * A way out when a meeting does not open in the extension page: some deployments forbid being
 * framed by extension pages (their `frame-ancestors`). After a while in "joining", offer to open
 * the meeting in the Jitsi web app itself, with the token, as the popup's "Open in Jitsi" does.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { meetingLink, type MeetingPlace } from '../../../lib/deployments/index.js';
import { findWalletToken } from '../../wallet.js';

/** Props of `OpenInJitsiFallback`. */
export interface OpenInJitsiFallbackProps {
  /** Whether the session is still joining. */
  joining: boolean;
  place: MeetingPlace;
  room: string;
  tokenId: () => string;
  /** How long joining may take before the offer shows. */
  afterMs?: number;
}

/** The offer, shown only after `afterMs` of joining. */
export function OpenInJitsiFallback({ joining, place, room, tokenId, afterMs = 12_000 }: OpenInJitsiFallbackProps) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    setSlow(false);
    if (!joining) return;
    const timer = setTimeout(() => setSlow(true), afterMs);
    return () => clearTimeout(timer);
  }, [joining, afterMs]);
  if (!slow || !joining) return null;
  const open = async (): Promise<void> => {
    const held = await findWalletToken(tokenId());
    await browser.tabs.create({ url: meetingLink(place, room, held?.token) });
  };
  return (
    <p className="mg-fallback" role="note" data-mg="open-in-jitsi-fallback">
      Not opening here? Some deployments do not let extensions show their meetings.{' '}
      <button type="button" onClick={() => void open()}>
        Open in the Jitsi app instead
      </button>
    </p>
  );
}
