/** The one-script-tag bundle's entry: defines `<meetgate-meeting>` as soon as it loads. */
import { defineMeetgateMeeting } from './meetgate-meeting.js';

defineMeetgateMeeting();
