/**
 * The scenarios both host APIs go through: the meeting flows MeetGate's screens depend on, the
 * requests and commands a host page commonly uses, and the iframe URL for many constructor options.
 * Each returns what every page saw, and the participant ids by name (so ids can be compared).
 */
import { HostPage, type World } from './driver.js';
import type { Stream } from './normalize.js';
import type { Seen } from './page.js';

/** What a scenario produced. */
export interface ScenarioResult {
  pages: Record<string, Seen[]>;
  ids: Record<string, string>;
}

/** A named scenario. */
export interface Scenario {
  name: string;
  /** The streams compared (default all). */
  streams?: readonly Stream[];
  run(world: World): Promise<ScenarioResult>;
}

async function joined(host: HostPage, name: string, ids: Record<string, string>): Promise<void> {
  await host.state('joined');
  const [data] = (await host.event('videoConferenceJoined')) as [{ id: string }];
  ids[name] = data.id;
}

async function opened(world: World, name: string, role: 'owner' | 'member', room: string, extra: Record<string, unknown> = {}): Promise<HostPage> {
  const host = await HostPage.create(world);
  await host.open(world.domain, { roomName: room, jwt: await world.token({ name, role, room }), ...extra });
  return host;
}

async function finish(pages: Record<string, HostPage>, ids: Record<string, string>): Promise<ScenarioResult> {
  // Everything is taken before any page closes: a page closing is itself news for the others.
  for (const host of Object.values(pages)) await host.quiet();
  const seen = Object.fromEntries(Object.entries(pages).map(([role, host]) => [role, [...host.seen]]));
  for (const host of Object.values(pages)) await host.close();
  return { pages: seen, ids };
}

/** Requests a host page commonly makes once joined. */
const REQUESTS = [
  'isAudioMuted',
  'isVideoMuted',
  'isAudioAvailable',
  'isVideoAvailable',
  'getNumberOfParticipants',
  'getParticipantsInfo',
  'getAvailableDevices',
  'getCurrentDevices',
  'isDeviceChangeAvailable',
  'isModerationOn',
  'isP2pActive',
  'getVideoQuality',
  'isSharingScreen',
  'getRoomsInfo',
];

export const SCENARIOS: Scenario[] = [
  {
    name: 'owner joins, requests, display name, mute, hang-up, dispose',
    async run(world) {
      const ids: Record<string, string> = {};
      const owner = await opened(world, 'Ann Owner', 'owner', 'compare-owner', { userInfo: { email: 'ann@example.test' } });
      await joined(owner, 'Ann Owner', ids);
      for (const name of REQUESTS) await owner.call(name);
      await owner.call('getDisplayName', ids['Ann Owner']);
      await owner.call('executeCommand', 'displayName', 'Ann Renamed');
      await owner.quiet();
      await owner.call('getParticipantsInfo');
      await owner.call('executeCommand', 'toggleAudio');
      await owner.quiet();
      await owner.call('isAudioMuted');
      await owner.call('executeCommand', 'hangup');
      await owner.state('left');
      await owner.call('dispose');
      await owner.quiet();
      return finish({ owner }, ids);
    },
  },
  {
    name: 'a member waits for the host, then both are in',
    async run(world) {
      const ids: Record<string, string> = {};
      const member = await opened(world, 'Bob Member', 'member', 'compare-wait');
      await member.state('waiting');
      const owner = await opened(world, 'Ann Owner', 'owner', 'compare-wait');
      await joined(owner, 'Ann Owner', ids);
      await joined(member, 'Bob Member', ids);
      await owner.quiet();
      await owner.call('getParticipantsInfo');
      await member.call('getParticipantsInfo');
      await owner.call('getNumberOfParticipants');
      return finish({ owner, member }, ids);
    },
  },
  {
    name: 'the owner kicks a member',
    async run(world) {
      const ids: Record<string, string> = {};
      const owner = await opened(world, 'Ann Owner', 'owner', 'compare-kick');
      await joined(owner, 'Ann Owner', ids);
      const member = await opened(world, 'Bob Member', 'member', 'compare-kick');
      await joined(member, 'Bob Member', ids);
      const third = await opened(world, 'Cid Third', 'member', 'compare-kick');
      await joined(third, 'Cid Third', ids);
      await owner.quiet();
      await owner.click('Kick Bob Member');
      await member.state('kicked');
      await owner.quiet();
      await owner.call('getParticipantsInfo');
      await owner.call('getNumberOfParticipants');
      return finish({ owner, member, third }, ids);
    },
  },
  {
    name: 'a member renames themself, the owner removes them by command, then ends the meeting',
    async run(world) {
      const ids: Record<string, string> = {};
      const owner = await opened(world, 'Ann Owner', 'owner', 'compare-commands');
      await joined(owner, 'Ann Owner', ids);
      const member = await opened(world, 'Bob Member', 'member', 'compare-commands');
      await joined(member, 'Bob Member', ids);
      const third = await opened(world, 'Cid Third', 'member', 'compare-commands');
      await joined(third, 'Cid Third', ids);
      await member.call('executeCommand', 'displayName', 'Bob Renamed');
      await owner.quiet();
      await owner.call('getParticipantsInfo');
      await owner.call('getDisplayName', ids['Bob Member']);
      await owner.call('executeCommand', 'kickParticipant', ids['Bob Member']);
      await member.state('kicked');
      await owner.quiet();
      await owner.click('End meeting');
      await third.state('ended');
      await owner.quiet();
      await owner.call('getNumberOfParticipants');
      return finish({ owner, member, third }, ids);
    },
  },
  {
    name: 'a token signed with another secret is refused',
    async run(world) {
      const host = await HostPage.create(world);
      const jwt = await world.token({ name: 'Eve', role: 'owner', room: 'compare-refused', secret: 'not-the-app-secret-0123456789' });
      await host.open(world.domain, { roomName: 'compare-refused', jwt });
      await host.quiet(1500, 10_000);
      return finish({ refused: host }, {});
    },
  },
  {
    name: 'a token for another room is refused at the room join',
    async run(world) {
      const host = await HostPage.create(world);
      const jwt = await world.token({ name: 'Eve', role: 'owner', room: 'some-other-room' });
      await host.open(world.domain, { roomName: 'compare-not-allowed', jwt });
      await host.quiet(1500, 10_000);
      return finish({ refused: host }, {});
    },
  },
  {
    name: 'iframe URL and attributes for many constructor options',
    // Each frame is disposed at once: how many `__ready__` got out before is timing only.
    streams: ['iframe', 'events', 'calls'],
    async run(world) {
      const host = await HostPage.create(world);
      const variants: Record<string, unknown>[] = [
        { roomName: 'plain' },
        { roomName: '100%' },
        { roomName: 'a?b#c' },
        { roomName: 'Ünïcode Room', lang: 'de' },
        { roomName: 'tenant/room' },
        {
          roomName: 'opts',
          configOverwrite: { startWithAudioMuted: true, prejoinConfig: { enabled: false } },
          interfaceConfigOverwrite: { SHOW_JITSI_WATERMARK: false },
        },
        { roomName: 'user', userInfo: { displayName: 'Ann & Co', email: 'ann@example.test' }, devices: { audioInput: 'mic' } },
        { roomName: 'ice', iceServers: { replace: [{ targetType: 'turn', urls: 'turn:turn.example.test:443' }] } },
        { roomName: 'release', release: 'release-1234', e2eeKey: 'k' },
        { roomName: 'sized', width: 640, height: '50vh' },
        { roomName: 'sandboxed', sandbox: 'allow-scripts allow-same-origin' },
        { roomName: 'jwt', jwt: 'eyJhbGciOiJIUzI1NiJ9.e30.signature' },
      ];
      for (const options of variants) {
        await host.open(world.domain, options);
        await host.call('dispose');
      }
      await host.quiet();
      return finish({ page: host }, {});
    },
  },
];
