// The framework-free subpaths in plain Node: mint with meetgate/server, inspect with meetgate/token.
import { mintMeetingToken } from 'meetgate/server';
import { inspectToken, verifyToken } from 'meetgate/token';

const secret = 'consumer-secret-0123456789abcdef0123';
const { token } = await mintMeetingToken({
  appId: 'myapp',
  secret,
  domain: 'meet.example.org',
  room: 'Team Standup',
  user: { name: 'Ann' },
  role: 'owner',
  ttl: '10m',
});
const report = inspectToken(token, { domain: 'meet.example.org', room: 'Team Standup', expectedIssuer: 'myapp', expectedAudience: 'myapp' });
const verified = await verifyToken(token, { secret });
console.log(JSON.stringify({ usable: report.usable, role: report.role.value, room: report.room.claim, verified: verified.status }));
