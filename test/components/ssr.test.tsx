// @vitest-environment node
/** Importing and server-rendering must not touch `window` (Next.js, Astro, Remix). */
import { renderToReadableStream, renderToString } from 'react-dom/server';
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

  it("carries the page's CSP nonce on its hoisted <style> when the render is given it as the style nonce (React 19)", async () => {
    const { SecureMeeting } = await import('../../components/index.js');
    const nonce = 'cnVuLW9uY2U';
    const stream = await renderToReadableStream(<SecureMeeting domain="meet.example.org" roomName="standup" nonce={nonce} />, {
      nonce: { script: nonce, style: nonce },
    });
    const html = await new Response(stream).text();
    expect(html).toMatch(new RegExp(`<style nonce="${nonce}" data-precedence="default" data-href="meetgate-styles">`));
  });
});
