/** Picks the screen for the current state. */
import type { MeetingState, MeetingStatus, StateOf } from '../../lib/session/types.js';
import { EndedScreen, LoggedOutScreen } from './EndedScreen.js';
import { ExpiringNotice } from './ExpiringNotice.js';
import { InvalidTokenScreen } from './InvalidTokenScreen.js';
import { JoiningBar } from './JoiningBar.js';
import { KickedScreen } from './KickedScreen.js';
import { NeedsTokenScreen } from './NeedsTokenScreen.js';
import { MeetingUnavailableScreen } from './MeetingUnavailableScreen.js';
import { CheckingScreen } from './CheckingScreen.js';
import { SourceDownScreen } from './ProviderScreens.js';
import { ReconnectingScreen } from './ReconnectingScreen.js';
import { RejectedScreen } from './RejectedScreen.js';
import type { StateScreenProps } from './screen-props.js';
import { WaitingForHostScreen } from './WaitingForHostScreen.js';

/** Props: as every screen, with any state. */
export type AnyStateScreenProps = Omit<StateScreenProps<MeetingStatus>, 'state'> & { state: MeetingState };

/** The screen (or bar, or notice) for `state`. */
export function StateScreen(props: AnyStateScreenProps) {
  const { state } = props;
  const as = <S extends MeetingStatus>() => ({ ...props, state: state as StateOf<S> });
  switch (state.status) {
    case 'checking':
      return <CheckingScreen {...as<'checking'>()} />;
    case 'needs-token': {
      const needs = as<'needs-token'>();
      return needs.state.sourceFailure?.length ? (
        <SourceDownScreen {...needs} state={{ ...needs.state, sourceFailure: needs.state.sourceFailure }} />
      ) : (
        <NeedsTokenScreen {...needs} />
      );
    }
    case 'invalid-token':
      return <InvalidTokenScreen {...as<'invalid-token'>()} />;
    case 'joining':
      return <JoiningBar {...as<'joining'>()} />;
    case 'in-meeting':
      return <ExpiringNotice {...as<'in-meeting'>()} />;
    case 'waiting-for-host':
      return <WaitingForHostScreen {...as<'waiting-for-host'>()} />;
    case 'reconnecting':
      return <ReconnectingScreen {...as<'reconnecting'>()} />;
    case 'meeting-unavailable':
      return <MeetingUnavailableScreen {...as<'meeting-unavailable'>()} />;
    case 'kicked':
      return <KickedScreen {...as<'kicked'>()} />;
    case 'rejected':
      return <RejectedScreen {...as<'rejected'>()} />;
    case 'ended':
      return <EndedScreen {...as<'ended'>()} />;
    case 'logged-out':
      return <LoggedOutScreen {...as<'logged-out'>()} />;
  }
}
