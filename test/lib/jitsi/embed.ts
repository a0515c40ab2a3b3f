/**
 * A real MeetGateExternalAPI (in jsdom's window) joined to a real meeting endpoint living in a
 * fake iframe window: host → iframe traffic goes through the frame's contentWindow.postMessage
 * (and is recorded), iframe → host traffic arrives on jsdom's window with the meeting origin and
 * the frame as source.
 */
import { createMeetingEndpoint, type MeetingEndpoint, type MeetingEndpointOptions } from '../../../lib/jitsi/endpoint.js';
import { MeetGateExternalAPI } from '../../../lib/jitsi/external-api.js';
import { FakeWindow, messageEvent, safeParse } from './harness.js';

export const DOMAIN = 'meet.example.org';
export const ORIGIN = `https://${DOMAIN}`;

/** The API, its meeting endpoint, and what the host posted to the frame. */
export interface Embedded {
  api: MeetGateExternalAPI;
  meeting: MeetingEndpoint;
  /** Transport messages (postis method `message`) the host sent, parsed. */
  sent(): Array<{ type: string; id?: number; data?: Record<string, unknown> }>;
  /** Every postis frame the host sent (`__ready__` included), parsed with its key order kept. */
  frames(): Array<{ postis: boolean; scope: string; method: string; params: unknown }>;
}

/** Embeds a meeting; the endpoint is open from the start. */
export function embed(
  options: ConstructorParameters<typeof MeetGateExternalAPI>[1] = {},
  endpointOptions: Pick<MeetingEndpointOptions, 'unknownRequests'> = {},
): Embedded {
  const api = new MeetGateExternalAPI(DOMAIN, { roomName: 'standup', ...options });
  const frame = api.getIFrame();
  const frameWindow = frame.contentWindow as Window;
  const meetingWindow = new FakeWindow(ORIGIN, frame.src);
  const posted: unknown[] = [];
  frameWindow.postMessage = ((data: unknown) => {
    posted.push(typeof data === 'string' ? safeParse(data) : data);
    meetingWindow.deliver(data, { origin: window.location.origin });
  }) as Window['postMessage'];
  const toHost = { postMessage: (data: string) => queueMicrotask(() => window.dispatchEvent(messageEvent(data, ORIGIN, frameWindow))) };
  // `ready` is left to the test (a page sends it at start; the protocol table sends it as one of the events).
  const meeting = createMeetingEndpoint({ window: meetingWindow as unknown as Window, target: toHost, announceReady: false, ...endpointOptions });
  return {
    api,
    meeting,
    frames: () => posted as ReturnType<Embedded['frames']>,
    sent: () =>
      posted
        .filter(
          (m): m is { method: string; params: { type: string } } => typeof m === 'object' && m !== null && (m as { method?: unknown }).method === 'message',
        )
        .map((m) => m.params as { type: string; id?: number; data?: Record<string, unknown> }),
  };
}
