/**
 * Page objects and host-page helpers of the e2e suite.
 */
export { PlainHost, type RecordedEvent } from './plain-host.js';
export { SimulatorMeeting, type MeetingState } from './simulator-meeting.js';
export { startHostSite, type HostSite, type SiteFile, type SiteHandler } from './host-site.js';
export { plainHostPage, RECORDED_EVENTS, type PlainHostPageOptions } from './plain-host-page.js';
export { seriousViolations, type AxeViolation } from './axe.js';
export { SecureMeetingPage } from './secure-meeting.js';
export { adoptedSheets, expectEndedStyled, expectLaidOut, recordRefusals, refusals, strictPolicy } from './content-security-policy.js';
