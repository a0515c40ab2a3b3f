// @vitest-environment node
/** Importing and server-rendering must not touch `window` (Next.js, Astro, Remix). */
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('server-side rendering', () => {
  it('imports and renders without a window', async () => {
    expect(typeof window).toBe('undefined');
    const { SecureMeeting, defaultStrings } = await import('../../components/index.js');
    const session = await import('../../lib/session/index.js');
    const sources = await import('../../lib/sources/index.js');
    expect(typeof session.createSessionController).toBe('function');
    expect(typeof sources.createLinkSource).toBe('function');
    const html = renderToString(
      <SecureMeeting domain="meet.example.org" roomName="standup" token="a.b.c" allowedTokenOrigins={['https://portal.example.org']} />,
    );
    expect(html).toContain('data-meetgate-state="checking"');
    expect(html).toContain(defaultStrings.checkingTitle);
    expect(html).not.toContain('a.b.c');
    expect(html).not.toContain('<iframe');
  });
});
