/**
 * The simulator's HTTP routes, laid out like a Jitsi deployment: `/external_api.js` (also under a
 * tenant, where @jitsi/react-sdk and MeetGate look for it), the meeting page at `/<room>` and
 * `/<tenant>/<room>`, plus its own files and control API under `/_simulator/`.
 * Requests for any other host name are refused (DNS-rebinding guard).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { loadAsset, type Asset } from './assets.js';
import { handleControlRequest, type SimulatorControl } from './control.js';
import type { Faults } from './faults.js';
import { PAGE_CSP, authErrorPage, indexPage, meetingPage } from './pages.js';
import type { JitsiRelease } from './release.js';

/** What the routes need. */
export interface RouteContext {
  domain: string;
  /** `host` header values this server answers to. */
  hosts: ReadonlySet<string>;
  control: SimulatorControl;
  controlSecret: string;
  /** Injected faults (a failing `external_api.js` or meeting page). */
  faults?: Faults;
  /** Range of the meeting page's reload countdown after a fatal error (Jitsi: 10–30 s). */
  reloadOverlaySeconds?: readonly [number, number];
  /** The Jitsi release the meeting page imitates now. */
  release?: () => JitsiRelease;
  /** A real deployment's `external_api.js` (option `externalApiFile`), served instead of MeetGate's host. */
  externalApi?: Asset | null;
  /** Whether the meeting page's log collector is on (config.js `logging.disableLogCollector`). */
  logCollector?: () => boolean;
}

const COMMON_HEADERS = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  response.writeHead(status, { ...COMMON_HEADERS, 'content-type': type, ...extra }).end(body);
}

function page(response: ServerResponse, html: string): void {
  send(response, 200, 'text/html; charset=utf-8', html, { 'content-security-policy': PAGE_CSP, 'cache-control': 'no-store' });
}

/** A room or tenant path segment the meeting page accepts. */
function validSegment(segment: string): boolean {
  if (!segment || segment.length > 200 || segment.startsWith('_') || segment.startsWith('.')) return false;
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/** The host script a deployment of `release` serves as `/external_api.js` (an older one in the 2021 mode). */
function hostScript(release: JitsiRelease | undefined): string {
  return release === '2021' ? 'external_api_2021.js' : 'external_api.js';
}

/** Handles one request. */
export async function route(request: IncomingMessage, response: ServerResponse, context: RouteContext): Promise<void> {
  if (!context.hosts.has((request.headers.host ?? '').toLowerCase())) return send(response, 421, 'text/plain', 'Misdirected request');
  const { pathname } = new URL(request.url ?? '/', 'https://simulator.invalid');
  const segments = pathname.split('/').filter(Boolean);
  if (segments[0] === '_simulator' && segments[1] === 'control' && segments.length === 3) {
    return handleControlRequest(request, response, segments[2] ?? '', context.control, context.controlSecret, context.faults);
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'Method not allowed');
  const last = segments[segments.length - 1];
  const asset =
    segments[0] === '_simulator' && segments.length === 2
      ? loadAsset(segments[1] ?? '')
      : last === 'external_api.js' && segments.length <= 2
        ? context.externalApi
          ? Promise.resolve(context.externalApi)
          : loadAsset(hostScript(context.release?.()))
        : null;
  if (asset && last === 'external_api.js' && context.faults && (await context.faults.script(response))) return;
  if (asset) {
    try {
      const { body, contentType } = await asset;
      return send(response, 200, contentType, body, { 'cache-control': 'no-cache' });
    } catch {
      return send(response, 500, 'text/plain', 'The simulator could not build this file.');
    }
  }
  if (segments.length === 0) return page(response, indexPage(context.domain, (request.headers.host ?? '').toLowerCase()));
  // Where a 2021-era app sends the frame after a refused room join (conference.js _onConferenceFailed).
  if (pathname === '/static/authError.html') return page(response, authErrorPage());
  if (segments.length <= 2 && segments.every(validSegment)) {
    if (context.faults?.page(response)) return;
    return page(response, meetingPage(context.reloadOverlaySeconds, context.release?.(), context.logCollector?.() ?? true));
  }
  if (pathname === '/favicon.ico') return send(response, 204, 'text/plain', '');
  send(response, 404, 'text/plain', 'Not found');
}
