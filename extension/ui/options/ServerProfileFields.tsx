/**
 * The "Server rules" part of the deployment form: the Jitsi release (or JaaS) whose token rules
 * apply, and optionally the deployment's own Prosody config, pasted or picked as a file. The file
 * is read here with `readProsodyConfig` (parsed, never run, never sent anywhere); its secrets are
 * dropped at once and the pasted text is cleared, so only the token settings reach storage.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { baseOf, draftSummary, isConfigProfile, PROFILE_BASES, readConfigText, type ProfileBase, type ProfileDraft } from '../../../lib/deployments/profile.js';
import { ConfigReport, visible } from './ConfigReport.js';

/** A Prosody config is a few kilobytes; a file far larger is not one (and is not read). */
export const MAX_CONFIG_FILE_BYTES = 256 * 1024;

const BASE_LABELS: Record<ProfileBase, string> = {
  'jitsi-current': 'Current Jitsi (releases from September 2026)',
  'jitsi-2025': 'Jitsi 2025 and earlier (room patterns lowercased, no pattern limits)',
  jaas: '8x8 JaaS (8x8.vc)',
};

/** Props of `ServerProfileFields`. */
export interface ServerProfileFieldsProps {
  value: ProfileDraft;
  onChange: (next: ProfileDraft) => void;
  /** Why the profile cannot be saved as it is (shown under the fieldset). */
  error?: string | undefined;
}

/** The fieldset. */
export function ServerProfileFields({ value, onChange, error }: ServerProfileFieldsProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const [readError, setReadError] = useState<string | null>(null);
  const summary = draftSummary(value);

  const take = (source: string, what: string): void => {
    setText('');
    const subject = what.replace(/^the /, 'The ');
    // Never a truncated read (a cut-off file could give the wrong rules): too much is refused whole.
    if (source.length > MAX_CONFIG_FILE_BYTES) {
      setReadError(`${subject} has ${source.length.toLocaleString('en')} characters; a Prosody config has a few thousand. Paste the <host>.cfg.lua file only.`);
      setStatus('');
      return;
    }
    const result = readConfigText(source);
    if (!result.ok) {
      setReadError(`${subject} could not be read: ${result.error}`);
      setStatus('');
      return;
    }
    setReadError(null);
    onChange({ ...value, read: result.read, host: undefined, stored: undefined });
    const secrets = result.read.secrets.length;
    setStatus(
      `Read ${what} (${result.read.length.toLocaleString('en')} characters).${secrets ? ` ${secrets === 1 ? 'One secret was' : `${secrets} secrets were`} left out.` : ''} The text itself is not kept.`,
    );
  };

  const pickFile = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const name = visible(file.name.slice(0, 120));
    if (file.size > MAX_CONFIG_FILE_BYTES) {
      setReadError(`${name} has ${file.size.toLocaleString('en')} bytes; a Prosody config has a few thousand. Choose the <host>.cfg.lua file.`);
      return;
    }
    void file.text().then(
      (content) => take(content, name),
      () => setReadError(`${name} could not be opened.`),
    );
  };

  const storedFromConfig = !value.read && isConfigProfile(value.stored);
  return (
    <fieldset className="mg-fieldset" data-mg="server-rules" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>Server rules</legend>
      <p className="mg-hint">How this deployment's Prosody judges tokens. The popup and the meeting page check every token by these rules.</p>
      <div role="radiogroup" aria-label={value.read || storedFromConfig ? 'Jitsi release (defaults for what the config leaves out)' : 'Jitsi release'}>
        {PROFILE_BASES.map((base) => (
          <label key={base} className="mg-radio">
            <input
              type="radio"
              name="profileBase"
              value={base}
              checked={value.base === base}
              data-mg-profile-base={base}
              onChange={() =>
                onChange({
                  ...value,
                  base,
                  stored: value.stored && baseOf(value.stored) === base ? value.stored : undefined,
                  ...(base === 'jaas' ? { read: null, host: undefined } : {}),
                })
              }
            />
            {BASE_LABELS[base]}
          </label>
        ))}
      </div>
      {value.base !== 'jaas' ? (
        <div className="mg-config">
          <label htmlFor={`${id}-config`}>The deployment's Prosody config (optional)</label>
          <p id={`${id}-config-hint`} className="mg-hint">
            Paste <code>/etc/prosody/conf.avail/&lt;host&gt;.cfg.lua</code> (Docker: <code>/config/conf.d/jitsi-meet.cfg.lua</code>) or choose the file.
            MeetGate reads it here, never runs it and never sends it anywhere. Secrets such as <code>app_secret</code> are never stored.
          </p>
          <textarea
            id={`${id}-config`}
            rows={5}
            value={text}
            spellCheck={false}
            autoComplete="off"
            aria-describedby={`${id}-config-hint`}
            data-mg="prosody-config"
            onChange={(event) => setText(event.target.value)}
          />
          <div className="mg-actions">
            <button type="button" data-mg="read-config" disabled={text.trim() === ''} onClick={() => take(text, 'the pasted config')}>
              Read config
            </button>
            <label className="mg-file">
              <span>Choose file…</span>
              <input type="file" accept=".lua,.cfg,text/plain" data-mg="config-file" onChange={pickFile} />
            </label>
            {value.read || storedFromConfig ? (
              <button
                type="button"
                data-mg="forget-config"
                onClick={() => {
                  onChange({ ...value, read: null, host: undefined, stored: undefined });
                  setStatus("The config is no longer used; the release's defaults apply.");
                }}
              >
                Stop using the config
              </button>
            ) : null}
          </div>
          <p className="mg-status" role="status" aria-live="polite" data-mg="config-status">
            {status}
          </p>
          {readError ? (
            <p className="mg-alert" role="alert" data-mg="config-error">
              {readError}
            </p>
          ) : null}
        </div>
      ) : null}
      {summary && value.read ? <ConfigReport summary={summary} secrets={value.read.secrets} onHost={(host) => onChange({ ...value, host })} /> : null}
      {storedFromConfig ? (
        <p className="mg-hint" data-mg="stored-config">
          Using the settings read earlier from the Prosody config of VirtualHost <strong>{visible(value.stored?.name ?? '')}</strong>. Choosing another release
          drops them; read the file again to combine it with that release's defaults.
        </p>
      ) : null}
      {storedFromConfig && value.stored ? (
        <details className="mg-stored-settings" data-mg="stored-settings">
          <summary>Settings in use</summary>
          <dl>
            {Object.entries(value.stored)
              .filter(([name]) => name !== 'name')
              .map(([name, setting]) => (
                <div key={name}>
                  <dt>{name}</dt>
                  <dd>{visible(Array.isArray(setting) ? setting.join(', ') || '(none)' : setting === null ? 'not set' : String(setting))}</dd>
                </div>
              ))}
          </dl>
        </details>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mg-alert" data-mg-error="profile">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
