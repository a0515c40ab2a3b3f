/**
 * meetgate/deployments — the Jitsi deployments a person configures in the extension: types,
 * validation with plain-language errors, and where their meetings live.
 */
export { validateDeployment, draftOf, readStoredDeployments, type ValidateOptions } from './validate.js';
export { readDomain, readSecureUrl, isLoopbackHost, type FieldResult } from './fields.js';
export {
  meetingLink,
  inspectContextFor,
  expectedIssuers,
  findDeployment,
  permissionOrigins,
  isValidRoomName,
  type MeetingPlace,
} from './meeting.js';
export type { Deployment, DeploymentDraft, DeploymentField, DeploymentValidation, SignInMethod } from './types.js';
