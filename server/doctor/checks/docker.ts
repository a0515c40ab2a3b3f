/** `.env` mistakes that only exist in docker-jitsi-meet (see ../docker.ts for the templates followed). */
import { envBool } from '../docker.js';
import { finding, SOURCES, type Check } from './check.js';

export const jwtWithoutAuth: Check = {
  id: 'docker-jwt-without-enable-auth',
  needs: [],
  run: ({ d }) => {
    const type = d.env?.get('AUTH_TYPE');
    if (!type || type.value !== 'jwt' || envBool(d.env?.get('ENABLE_AUTH')?.value) === true) return [];
    return [
      finding(
        'docker-jwt-without-enable-auth',
        'error',
        d.env?.get('ENABLE_AUTH')?.at ?? type.at,
        {
          message: 'AUTH_TYPE=jwt is set but ENABLE_AUTH is not 1.',
          why: 'The templates turn on token authentication only when ENABLE_AUTH is true, so Prosody stays anonymous and every token is ignored: anyone can join any room.',
          fix: 'Set ENABLE_AUTH=1 in .env and recreate the containers (docker compose up -d --force-recreate).',
        },
        SOURCES.docker,
      ),
    ];
  },
};

export const DOCKER_CHECKS = [jwtWithoutAuth];
