/**
 * Routes runtime messages to their handlers after checking the message and its sender. Every
 * message gets an answer, so callers never hang.
 */
import { parseBackgroundRequest, type BackgroundResponse } from '../messages.js';
import { readAllowances } from '../storage.js';
import { answerBridgeRequest } from './bridge.js';
import { bridgeSenderOrigin, isExtensionPage, type Sender } from './sender.js';
import { logoutUrlFor, renewToken, signInToDeployment } from './sign-in.js';
import { decideSite, openMeetingPage } from './tabs.js';

/** What the router needs to know about this extension. */
export interface RouterContext {
  runtimeId: string;
  /** `browser.runtime.getURL('/')`. */
  extensionBaseUrl: string;
  now?: () => number;
}

/** Creates the message handler of the background worker. */
export function createMessageRouter(context: RouterContext): (message: unknown, sender: Sender) => Promise<BackgroundResponse> {
  return async (message, sender) => {
    const request = parseBackgroundRequest(message);
    if (!request) return { ok: false, kind: 'bad-request', error: 'Unknown request.' };
    if (request.type === 'bridge-hello') {
      // The browser-reported origin (scheme, host and port) must be one the person allowed:
      // registered scripts match every port of a host, so this is where the port is checked.
      const origin = bridgeSenderOrigin(sender, context.runtimeId);
      return { ok: true, allowed: origin !== null && (await readAllowances()).some((allowance) => allowance.origin === origin) };
    }
    if (request.type === 'bridge-token') {
      const origin = bridgeSenderOrigin(sender, context.runtimeId);
      if (!origin) return { ok: false, kind: 'bad-request', error: 'Token requests come from web pages only.' };
      return { ok: true, answer: await answerBridgeRequest(request.request, origin, context.now) };
    }
    if (!isExtensionPage(sender, context.runtimeId, context.extensionBaseUrl)) {
      return { ok: false, kind: 'bad-request', error: "Only MeetGate's own pages may ask this." };
    }
    switch (request.type) {
      case 'sign-in': {
        const answer = await signInToDeployment(request.deploymentId, request.prompt);
        if (answer.ok && request.openRoom) await openMeetingPage(answer.tokenId, request.openRoom);
        return answer;
      }
      case 'site-decision':
        return decideSite(request);
      case 'renew':
        return renewToken(request.tokenId);
      case 'logout-url':
        return logoutUrlFor(request.tokenId);
    }
  };
}
