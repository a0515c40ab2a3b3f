// A consumer's browser app: bundled from the installed package by the consumer test, then rendered
// in Chromium. No token is given, so the meeting shows its "sign in to join" screen.
import { version } from 'react';
import { createRoot } from 'react-dom/client';
import { SecureMeeting } from 'meetgate';

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
document.body.dataset.reactVersion = version;
createRoot(root).render(<SecureMeeting domain="meet.example.org" roomName="standup" tokenFromLink={false} />);
