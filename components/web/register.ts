/** The one-script-tag bundle's entry: guards a link token's Referer, then defines `<meetgate-meeting>` as soon as it loads. */
import { defineMeetgateMeeting } from './meetgate-meeting.js';
import { guardLinkTokenReferrer } from './referrer-guard.js';

guardLinkTokenReferrer(document, location.href);
defineMeetgateMeeting();
