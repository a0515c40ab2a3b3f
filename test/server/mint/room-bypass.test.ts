/**
 * Regression tests for the token-minting authorization bypasses (issue 9, items 1 and 2): a name
 * that normalises to `*` must never mint the wildcard, and `authorize` must be asked about the
 * exact claim that is minted, whatever spelling (case, width, encoding) the request used.
 */
import { describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import type { CliIo } from '../../../server/cli/io.js';
import { createTokenEndpoint, isMintError, mintCommand, mintMeetingToken, type TokenEndpointOptions } from '../../../server/mint/index.js';
import { callEndpoint } from './call-endpoint.js';
import { hsOptions, SECRET } from './fixtures.js';

/** Characters that NFKC turns into `*`: fullwidth and small asterisks. */
const STARS = ['＊', '﹡', ' ＊ ', '＊＊', 'a＊', '%2A', '%2a', '*a', 'board*'];

/** Spellings that all become the claim `board-room`. */
const BOARD_ROOM_SPELLINGS = ['board-room', 'Board-Room', 'BOARD-ROOM', 'ｂoard-room', 'Ｂｏａｒｄ－ｒｏｏｍ', 'board\uFF0Droom', 'board-ro\u1D52m'];

/** An endpoint that lets Ann into everything but `board-room`, recording what it was asked. */
function boardRoomDenied(asked: string[], requested: string[] = []) {
  const options: TokenEndpointOptions = {
    appId: 'myapp',
    secret: SECRET,
    domain: 'meet.example.org',
    authenticate: async () => ({ id: 'u-ann', name: 'Ann', role: 'member' }),
    authorize: (_user, room, request) => {
      asked.push(room);
      requested.push(request.requestedRoom);
      return room !== 'board-room';
    },
    onError: () => undefined,
  };
  return createTokenEndpoint(options);
}

describe('a room name that normalises to the wildcard never mints it (item 1)', () => {
  it.each(STARS)('the endpoint answers 400 for %j and never asks authorize', async (room) => {
    const asked: string[] = [];
    const reply = await callEndpoint(boardRoomDenied(asked), `room=${encodeURIComponent(room)}`);
    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('invalid-room');
    expect(asked).toEqual([]);
  });

  it('the endpoint answers 400 for the literal "*" too (the endpoint mints one room)', async () => {
    expect((await callEndpoint(boardRoomDenied([]), 'room=*')).status).toBe(400);
  });

  it.each(STARS)('mintMeetingToken refuses %j with invalid-room', async (room) => {
    const error = await mintMeetingToken(hsOptions({ room })).catch((e: unknown) => e);
    expect(isMintError(error) && error.code).toBe('invalid-room');
  });

  it('mintMeetingToken still mints the wildcard when room is exactly "*"', async () => {
    const minted = await mintMeetingToken(hsOptions({ room: '*' }));
    expect(minted.claims.room).toBe('*');
  });

  it.each(['＊', '﹡'])('meetgate mint --room %j exits 1 without a token', async (room) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: { S: SECRET }, readStdin: async () => '', readFile: async () => '' };
    const status = await mintCommand(['--app-id', 'myapp', '--secret-env', 'S', '--domain', 'meet.example.org', '--room', room, '--name', 'Ann'], io);
    expect(status).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(/invalid-room/);
  });
});

describe('authorize is asked about the claim that is minted (item 2)', () => {
  it.each(BOARD_ROOM_SPELLINGS)('%j is refused by a deny-list of "board-room"', async (room) => {
    const asked: string[] = [];
    const requested: string[] = [];
    const reply = await callEndpoint(boardRoomDenied(asked, requested), `room=${encodeURIComponent(room)}`);
    expect(reply.status).toBe(403);
    expect(asked).toEqual(['board-room']);
    expect(requested).toEqual([room]);
  });

  it('a percent-encoded spelling is refused as a bad name, not let through', async () => {
    const reply = await callEndpoint(boardRoomDenied([]), `room=${encodeURIComponent('board%2Droom')}`);
    expect(reply.status).toBe(400);
  });

  it('an allowed room is minted with exactly the claim authorize saw', async () => {
    const asked: string[] = [];
    const reply = await callEndpoint(boardRoomDenied(asked), `room=${encodeURIComponent('Team Standup')}`);
    expect(reply.status).toBe(200);
    expect(asked).toEqual(['team%20standup']);
    expect(decodeJwt(reply.body.token as string).room).toBe('team%20standup');
  });

  it('only a literal true allows: a truthy non-boolean is refused', async () => {
    const handler = createTokenEndpoint({
      appId: 'myapp',
      secret: SECRET,
      domain: 'meet.example.org',
      authenticate: async () => ({ id: 'u', name: 'U', role: 'member' }),
      authorize: (() => 'no') as unknown as TokenEndpointOptions['authorize'],
    });
    expect((await callEndpoint(handler, 'room=standup')).status).toBe(403);
  });
});
