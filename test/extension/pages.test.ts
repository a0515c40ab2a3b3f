import { describe, expect, it } from 'vitest';
import { meetingPageUrl, readMeetingPageParams } from '../../extension/pages.js';

describe('meeting page addresses', () => {
  it('carry the wallet id and room, never a token, and read back', () => {
    const url = new URL(meetingPageUrl('chrome-extension://abc', 'f1e2-33', 'Team Standup'));
    expect(url.href).toBe('chrome-extension://abc/meeting.html?t=f1e2-33&room=Team+Standup');
    expect(readMeetingPageParams(url.search)).toEqual({ tokenId: 'f1e2-33', room: 'Team Standup' });
  });

  it('refuse anything else', () => {
    expect(readMeetingPageParams('?t=eyJhbGciOi.x.y&room=a')).toBeNull();
    expect(readMeetingPageParams('?t=abc&room=../x')).toBeNull();
    expect(readMeetingPageParams('')).toBeNull();
  });
});
