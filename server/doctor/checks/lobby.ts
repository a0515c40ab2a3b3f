/**
 * Waiting for the host: muc_wait_for_host on the MUC, persistent_lobby and muc_lobby_rooms on the
 * VirtualHost, and the lobby component they use (handbook token-authentication.md; the modules'
 * own start-up checks).
 */
import { moduleOn, stringOption } from '../model.js';
import { hostNamed, mainHost, mucComponent, tokenHosts } from '../views.js';
import { finding, SOURCES, spell, type Check } from './check.js';

export const waitWithoutTokens: Check = {
  id: 'host-modules-without-token-auth',
  needs: ['prosody'],
  run: ({ d }) => {
    if (tokenHosts(d).length > 0) return [];
    const muc = mucComponent(d);
    return ['muc_wait_for_host', 'token_owner_party', 'token_affiliation', 'token_verification'].flatMap((name) => {
      const m = moduleOn(muc, name);
      if (!m) return [];
      return [
        finding(
          'host-modules-without-token-auth',
          'error',
          m.at,
          {
            message: `${name} is loaded but no VirtualHost uses authentication = "token".`,
            why: `${name} decides by the token a session logged in with; without token authentication no session has one, so ${name === 'token_verification' ? 'it checks nothing' : 'nobody is ever a host or an owner and rooms stay closed or unmoderated'}.`,
            fix: spell(
              d,
              `Set authentication = "token" with app_id and app_secret under VirtualHost "${mainHost(d)?.name ?? '<your domain>'}" (package jitsi-meet-tokens does it), or remove ${name}.`,
              'Set ENABLE_AUTH=1 and AUTH_TYPE=jwt in .env.',
            ),
          },
          SOURCES.waitForHost,
        ),
      ];
    });
  },
};

export const waitWithoutMapperBase: Check = {
  id: 'wait-for-host-without-mapper-base',
  needs: ['prosody'],
  run: ({ d }) => {
    const muc = mucComponent(d);
    const wait = moduleOn(muc, 'muc_wait_for_host');
    if (!wait || stringOption(muc, 'muc_mapper_domain_base')?.value) return [];
    return [
      finding(
        'wait-for-host-without-mapper-base',
        'error',
        wait.at,
        {
          message: 'muc_wait_for_host is loaded but muc_mapper_domain_base is not set.',
          why: 'The module logs "No \'muc_mapper_domain_base\' option set, disabling module" and does nothing: nobody waits for the host.',
          fix: `Add muc_mapper_domain_base = "${mainHost(d)?.name ?? '<your domain>'}" at the top of the Prosody config (global section) and restart Prosody.`,
        },
        SOURCES.waitForHost,
      ),
    ];
  },
};

export const waitWithoutPersistentLobby: Check = {
  id: 'wait-for-host-without-persistent-lobby',
  needs: ['prosody'],
  run: ({ d }) => {
    const muc = mucComponent(d);
    const wait = moduleOn(muc, 'muc_wait_for_host');
    const main = mainHost(d);
    if (!wait || moduleOn(main, 'persistent_lobby')) return [];
    return [
      finding(
        'wait-for-host-without-persistent-lobby',
        'error',
        wait.at,
        {
          message: `muc_wait_for_host is loaded but persistent_lobby is not loaded on VirtualHost "${main?.name ?? '?'}".`,
          why: 'The module depends on mod_persistent_lobby to create the waiting room; without it people who arrive before the host get an error instead of a lobby.',
          fix: spell(
            d,
            `Add "persistent_lobby"; (and "muc_lobby_rooms";) to modules_enabled under VirtualHost "${main?.name ?? '<your domain>'}".`,
            'Add persistent_lobby to XMPP_MODULES in .env.',
          ),
        },
        SOURCES.waitForHost,
      ),
    ];
  },
};

export const persistentWithoutLobbyRooms: Check = {
  id: 'persistent-lobby-without-lobby-rooms',
  needs: ['prosody'],
  run: ({ d }) =>
    (d.hosts ?? [])
      .filter((h) => h.kind === 'VirtualHost' && h.enabled)
      .flatMap((h) => {
        const persistent = moduleOn(h, 'persistent_lobby');
        if (!persistent || moduleOn(h, 'muc_lobby_rooms')) return [];
        return [
          finding(
            'persistent-lobby-without-lobby-rooms',
            'error',
            persistent.at,
            {
              message: `persistent_lobby is loaded on "${h.name}" without muc_lobby_rooms.`,
              why: 'persistent_lobby keeps lobby rooms alive, but lobby rooms exist only with muc_lobby_rooms; without it there is no lobby to wait in.',
              fix: spell(
                d,
                `Add "muc_lobby_rooms"; to modules_enabled under VirtualHost "${h.name}", with lobby_muc = "lobby.${h.name}" and a Component "lobby.${h.name}" "muc".`,
                'Remove ENABLE_LOBBY=0 from .env.',
              ),
            },
            SOURCES.persistentLobby,
          ),
        ];
      }),
};

export const lobbyComponentMissing: Check = {
  id: 'lobby-component-missing',
  needs: ['prosody'],
  run: ({ d }) =>
    (d.hosts ?? [])
      .filter((h) => h.kind === 'VirtualHost' && h.enabled)
      .flatMap((h) => {
        const lobby = moduleOn(h, 'muc_lobby_rooms');
        if (!lobby) return [];
        const name = stringOption(h, 'lobby_muc');
        if (name && hostNamed(d, 'Component', name.value)) return [];
        return [
          finding(
            'lobby-component-missing',
            'error',
            name?.at ?? lobby.at,
            {
              message: name ? `lobby_muc = "${name.value}" on "${h.name}" names no Component.` : `muc_lobby_rooms is loaded on "${h.name}" without lobby_muc.`,
              why: 'muc_lobby_rooms creates lobby rooms on that component; without it the lobby (and waiting for the host) fails.',
              fix: `Set lobby_muc = "lobby.${h.name}" under VirtualHost "${h.name}" and add Component "lobby.${h.name}" "muc".`,
            },
            SOURCES.lobbyRooms,
          ),
        ];
      }),
};

export const LOBBY_CHECKS = [waitWithoutTokens, waitWithoutMapperBase, waitWithoutPersistentLobby, persistentWithoutLobbyRooms, lobbyComponentMissing];
