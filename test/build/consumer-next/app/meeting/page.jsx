// A server page that renders the site's client component with a tokenProvider (Meeting.jsx).
import { Meeting } from './Meeting.jsx';

export default function MeetingPage() {
  return (
    <main style={{ height: '100vh' }}>
      <Meeting room="Team Standup" />
    </main>
  );
}
