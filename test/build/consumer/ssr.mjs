// Server-side rendering with react-dom/server in plain Node, no bundler, no window.
import { createElement, version } from 'react';
import { renderToString } from 'react-dom/server';
import { SecureMeeting } from 'meetgate';

const html = renderToString(createElement(SecureMeeting, { domain: 'meet.example.org', roomName: 'standup' }));
console.log(JSON.stringify({ react: version, html }));
