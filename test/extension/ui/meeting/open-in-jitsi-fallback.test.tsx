// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OpenInJitsiFallback } from '../../../../extension/ui/meeting/OpenInJitsiFallback.js';
import { addWalletToken } from '../../../../extension/wallet.js';

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const PLACE = { domain: 'meet.example.org', tenant: null };

describe('OpenInJitsiFallback', () => {
  it('offers the Jitsi app only after joining takes long, and opens it with the token', async () => {
    const held = await addWalletToken({
      token: 'a.b.c',
      source: 'oidc',
      deploymentId: 'm',
      domain: 'meet.example.org',
      tenant: null,
      room: null,
      refreshToken: null,
      idToken: null,
      expiresAt: null,
    });
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    render(<OpenInJitsiFallback joining place={PLACE} room="standup" tokenId={() => held.id} afterMs={1000} />);
    expect(screen.queryByRole('note')).toBeNull();
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Open in the Jitsi app instead' }));
    await vi.waitFor(() => expect(create).toHaveBeenCalledWith({ url: 'https://meet.example.org/standup#jwt=%22a.b.c%22' }));
  });

  it('stays hidden once joined', () => {
    const { rerender } = render(<OpenInJitsiFallback joining place={PLACE} room="standup" tokenId={() => 'x'} afterMs={1000} />);
    rerender(<OpenInJitsiFallback joining={false} place={PLACE} room="standup" tokenId={() => 'x'} afterMs={1000} />);
    act(() => {
      vi.advanceTimersByTime(5000);
    });
    expect(screen.queryByRole('note')).toBeNull();
  });
});
