import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../../server/dev/simulator/index.js';
import { APP_ID, DOMAIN, PageClient, SECRET, claims, fetchSim, hsToken, nowS } from './helpers.js';

let sim: Simulator;
let ender: Simulator;
const pages: PageClient[] = [];
let roomCounter = 0;

/** A fresh room name per test, so tests sharing a simulator do not meet. */
const freshRoom = (): string => `room${++roomCounter}`;

/** A page for `name` in `room`, joined with a correct token of `role`. */
async function join(server: Simulator, name: string, role: 'owner' | 'member', room: string, overrides: Record<string, unknown> = {}): Promise<PageClient> {
  const page = new PageClient(server);
  pages.push(page);
  await page.join(await hsToken(claims(name, role, { room, ...overrides })), room);
  return page;
}

beforeAll(async () => {
  sim = await startSimulator({ appId: APP_ID, appSecret: SECRET, domain: DOMAIN });
  ender = await startSimulator({ appId: APP_ID, appSecret: SECRET, domain: DOMAIN, endMeetingWhenHostLeaves: true });
});
afterEach(() => {
  for (const page of pages.splice(0)) page.close();
});
afterAll(async () => {
  await Promise.all([sim.stop(), ender.stop()]);
});

describe('joining', () => {
  it('lets an owner create the room as moderator, with the lowercase room node and their token name', async () => {
    const ann = await join(sim, 'Ann', 'owner', 'Standup');
    const joined = await ann.next('joined');
    expect(joined.roomName).toBe('standup');
    expect(joined.self).toMatchObject({ displayName: 'Ann', role: 'moderator', userContext: { id: 'ann', name: 'Ann', affiliation: 'owner' } });
    expect(joined.self.id).toMatch(/^[0-9a-f]{8}$/);
    expect(joined.participants).toEqual([]);
  });

  it('refuses a bad signature at connect with the Prosody text', async () => {
    const page = new PageClient(sim);
    pages.push(page);
    await page.join(await hsToken(claims('Eve', 'owner'), 'wrong-secret'));
    expect(await page.next('connection-failed')).toEqual({ type: 'connection-failed', text: 'Invalid signature' });
    expect(await page.closed()).toBe(4000);
  });

  it('sends no text for a not-authorized refusal (room claim missing)', async () => {
    const page = new PageClient(sim);
    pages.push(page);
    await page.join(await hsToken(claims('Eve', 'owner', { room: undefined })));
    expect(await page.next('connection-failed')).toEqual({ type: 'connection-failed' });
  });

  it('refuses a token for another room, or another sub, at the MUC join', async () => {
    for (const overrides of [{ room: 'other' }, { sub: 'other.example.org' }]) {
      const page = await join(sim, 'Eve', 'owner', 'standup', overrides);
      expect(await page.next('conference-failed')).toEqual({
        type: 'conference-failed',
        name: 'conference.connectionError.notAllowed',
        params: ['general', 'Room and token mismatched'],
      });
    }
  });
});

describe('waiting for the host', () => {
  it('keeps a member waiting with the lobby JID, then lets them in when the owner arrives', async () => {
    const room = freshRoom();
    const bob = await join(sim, 'Bob', 'member', room);
    expect(await bob.next('waiting-for-host')).toEqual({ type: 'waiting-for-host', lobbyJid: `${room}@lobby.${DOMAIN}` });
    expect(sim.control.rooms()).toEqual([expect.objectContaining({ room, participants: [], waiting: [expect.objectContaining({ displayName: 'Bob' })] })]);
    const ann = await join(sim, 'Ann', 'owner', room);
    const annJoined = await ann.next('joined');
    const bobJoined = await bob.next('joined');
    expect(bobJoined.self.role).toBe('participant');
    expect(bobJoined.participants.map((p) => p.displayName)).toEqual(['Ann']);
    expect((await ann.next('participant-joined')).participant.id).toBe(bobJoined.self.id);
    expect(annJoined.self.role).toBe('moderator');
  });

  it('lets members in directly once a host has come, even after the host left', async () => {
    const room = freshRoom();
    const ann = await join(sim, 'Ann', 'owner', room);
    await ann.next('joined');
    const bob = await join(sim, 'Bob', 'member', room);
    await bob.next('joined');
    ann.send({ type: 'leave' });
    expect((await bob.next('participant-left')).id).toBeTruthy();
    const cy = await join(sim, 'Cy', 'member', room);
    await cy.next('joined');
  });
});

describe('moderation', () => {
  it('lets a moderator kick: the kicked page learns who, the others see the kick and the departure', async () => {
    const room = freshRoom();
    const ann = await join(sim, 'Ann', 'owner', room);
    const annId = (await ann.next('joined')).self.id;
    const bob = await join(sim, 'Bob', 'member', room);
    const bobId = (await bob.next('joined')).self.id;
    const cy = await join(sim, 'Cy', 'member', room);
    await cy.next('joined');
    bob.send({ type: 'kick', participantId: annId });
    expect(await bob.next('forbidden')).toEqual({ type: 'forbidden', action: 'kick' });
    ann.send({ type: 'kick', participantId: bobId });
    expect(await bob.next('kicked')).toEqual({ type: 'kicked', kicker: { id: annId, name: 'Ann' } });
    expect(await bob.closed()).toBe(4000);
    expect(await cy.next('participant-kicked')).toEqual({
      type: 'participant-kicked',
      kicked: { id: bobId, name: 'Bob' },
      kicker: { id: annId, name: 'Ann' },
    });
    expect((await cy.next('participant-left')).id).toBe(bobId);
    expect(
      sim.control
        .participants(room)
        .map((p) => p.displayName)
        .sort(),
    ).toEqual(['Ann', 'Cy']);
  });

  it('ends the meeting for everyone when a moderator ends it; members may not', async () => {
    const room = freshRoom();
    const ann = await join(sim, 'Ann', 'owner', room);
    await ann.next('joined');
    const bob = await join(sim, 'Bob', 'member', room);
    await bob.next('joined');
    bob.send({ type: 'end' });
    expect(await bob.next('forbidden')).toEqual({ type: 'forbidden', action: 'end' });
    ann.send({ type: 'end' });
    for (const page of [ann, bob]) expect(await page.next('destroyed')).toEqual({ type: 'destroyed', reason: 'The meeting has been terminated' });
    expect(sim.control.rooms().some((r) => r.room === room)).toBe(false);
  });

  it('with endMeetingWhenHostLeaves, removes everyone when the last host leaves', async () => {
    const room = freshRoom();
    const ann = await join(ender, 'Ann', 'owner', room);
    await ann.next('joined');
    const dee = await join(ender, 'Dee', 'owner', room);
    await dee.next('joined');
    const bob = await join(ender, 'Bob', 'member', room);
    await bob.next('joined');
    ann.close();
    await bob.next('participant-left');
    expect(bob.messages.some((m) => m.type === 'destroyed')).toBe(false);
    dee.send({ type: 'leave' });
    expect(await bob.next('destroyed')).toEqual({ type: 'destroyed', reason: 'The meeting has been terminated' });
  });
});

describe('control API and reconnection', () => {
  it('kicks and ends through the in-process control object', async () => {
    const room = freshRoom();
    const ann = await join(sim, 'Ann', 'owner', room);
    const annId = (await ann.next('joined')).self.id;
    const bob = await join(sim, 'Bob', 'member', room);
    const bobId = (await bob.next('joined')).self.id;
    expect(sim.control.kick(bobId, { by: annId })).toBe(true);
    expect(await bob.next('kicked')).toEqual({ type: 'kicked', kicker: { id: annId, name: 'Ann' } });
    expect(sim.control.kick('nobody')).toBe(false);
    expect(sim.control.end(room.toUpperCase())).toBe(true);
    expect((await ann.next('destroyed')).reason).toBe('The meeting has been terminated');
  });

  it('kicks through the HTTP control API as the system (no kicker)', async () => {
    const room = freshRoom();
    const ann = await join(sim, 'Ann', 'owner', room);
    const annId = (await ann.next('joined')).self.id;
    const response = await fetchSim(sim, '/_simulator/control/kick', {
      method: 'POST',
      headers: { authorization: `Bearer ${sim.controlSecret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ participantId: annId }),
    });
    expect(JSON.parse(response.body)).toEqual({ ok: true });
    expect(await ann.next('kicked')).toEqual({ type: 'kicked', kicker: {} });
  });

  it('resumes a dropped connection silently, re-checking the token', async () => {
    const room = freshRoom();
    const ann = await join(sim, 'Ann', 'owner', room);
    const joined = await ann.next('joined');
    const bob = await join(sim, 'Bob', 'member', room);
    await bob.next('joined');
    expect(sim.control.dropConnection(joined.self.id)).toBe(true);
    expect(await ann.closed()).toBe(1006);
    expect(sim.control.participants(room).find((p) => p.id === joined.self.id)?.connected).toBe(false);
    const again = new PageClient(sim);
    pages.push(again);
    await again.join(await hsToken(claims('Ann', 'owner', { room })), room, null, joined.resume);
    await again.next('resumed');
    expect(sim.control.participants(room).find((p) => p.id === joined.self.id)?.connected).toBe(true);
    expect(bob.messages.filter((m) => m.type === 'participant-left')).toEqual([]);
  });

  it('refuses the resume of a token the control API expired, and the participant leaves the room', async () => {
    const room = freshRoom();
    const token = await hsToken(claims('Ann', 'owner', { room, iat: nowS() - 60, exp: nowS() + 600 }));
    const ann = new PageClient(sim);
    pages.push(ann);
    await ann.join(token, room);
    const joined = await ann.next('joined');
    const bob = await join(sim, 'Bob', 'member', room);
    await bob.next('joined');
    expect(sim.control.expireToken(joined.self.id)).toBe(true);
    // The meeting goes on: nothing happens until the connection is re-established.
    expect(ann.closeCode).toBeNull();
    sim.control.dropConnection(joined.self.id);
    await ann.closed();
    const again = new PageClient(sim);
    pages.push(again);
    await again.join(token, room, null, joined.resume);
    expect(await again.next('connection-failed')).toEqual({
      type: 'connection-failed',
      text: 'Not acceptable by exp (0 sec since expired, valid for:660 sec)',
    });
    expect((await bob.next('participant-left')).id).toBe(joined.self.id);
  });

  it('restart forgets every room and cuts every connection; a resume then joins afresh', async () => {
    const room = freshRoom();
    const ann = await join(sim, 'Ann', 'owner', room);
    const joined = await ann.next('joined');
    sim.control.restart();
    expect(await ann.closed()).toBe(1006);
    expect(sim.control.rooms()).toEqual([]);
    const again = new PageClient(sim);
    pages.push(again);
    await again.join(await hsToken(claims('Ann', 'owner', { room })), room, null, joined.resume);
    expect((await again.next('joined')).self.id).not.toBe(joined.self.id);
  });
});
