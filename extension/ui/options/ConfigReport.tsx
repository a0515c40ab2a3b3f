/**
 * What MeetGate read from a pasted Prosody config: the VirtualHost (a choice when there are
 * several), the token settings with their values and lines, what it could not evaluate (never
 * guessed), and the secrets it left out. Every text from the file is shown with its invisible
 * and direction characters spelled out, so a look-alike name cannot pass for another.
 */
import { useId } from 'react';
import type { ConfigSummary, ForgottenSecret } from '../../../lib/prosody/config-summary.js';

const MAX_SKIPPED_SHOWN = 40;
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Text from a file as it can be shown: invisible and direction characters as `\u{…}`, at most 200 characters. */
export function visible(text: string): string {
  const shown = text.replace(HIDDEN, (ch) => `\\u{${ch.codePointAt(0)?.toString(16)}}`);
  return shown.length > 200 ? `${shown.slice(0, 199)}…` : shown;
}

/** Text that may wrap after its underscores (`token_regex_<wbr>room_…`) rather than inside a word. */
function breakable(name: string) {
  return visible(name)
    .split('_')
    .map((part, index, parts) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed name, never reordered
      <span key={index}>
        {part}
        {index < parts.length - 1 ? (
          <>
            _<wbr />
          </>
        ) : null}
      </span>
    ));
}

/** Props of `ConfigReport`. */
export interface ConfigReportProps {
  summary: ConfigSummary;
  secrets: readonly ForgottenSecret[];
  onHost: (host: string) => void;
}

/** The report. */
export function ConfigReport({ summary, secrets, onHost }: ConfigReportProps) {
  const id = useId();
  return (
    <section className="mg-config-report" aria-labelledby={`${id}-title`} data-mg="config-report">
      <h3 id={`${id}-title`}>What MeetGate read</h3>
      {summary.hosts.length > 1 ? (
        <div className="mg-field">
          <label htmlFor={`${id}-host`}>VirtualHost your meetings use</label>
          <select id={`${id}-host`} value={summary.host ?? ''} data-mg="config-host" onChange={(event) => onHost(event.target.value)}>
            {summary.host === null ? (
              <option value="" disabled>
                Choose…
              </option>
            ) : null}
            {summary.hosts.map((host) => (
              <option key={host.name} value={host.name}>
                {visible(host.name)}
                {host.token ? ' (token authentication)' : ''}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <p className="mg-hint" data-mg="config-host-reason">
        {visible(summary.hostReason)}
      </p>
      {secrets.length > 0 ? (
        <p className="mg-note" role="note" data-mg="config-secrets">
          Not kept: {secrets.map((secret) => `${visible(secret.option)} (line ${secret.line})`).join(', ')}. MeetGate never stores a secret (of app_secret it
          keeps only that tokens are signed with a shared secret), nor the file itself.
        </p>
      ) : null}
      {summary.problem ? (
        <p className="mg-alert" role="alert">
          {visible(summary.problem)}
        </p>
      ) : null}
      {summary.rows.length > 0 ? (
        <table className="mg-settings" data-mg="config-settings">
          <caption>Token settings for {visible(summary.host ?? '')}</caption>
          <colgroup>
            <col className="mg-col-option" />
            <col />
            <col className="mg-col-from" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Prosody option</th>
              <th scope="col">Value</th>
              <th scope="col">From</th>
            </tr>
          </thead>
          <tbody>
            {summary.rows.map((row) => (
              <tr key={row.setting} data-mg-setting={row.setting}>
                <th scope="row">
                  <code>{breakable(row.option)}</code>
                </th>
                <td>{breakable(row.value)}</td>
                <td className={row.from === 'default' ? 'mg-hint' : undefined}>{row.from}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {summary.skipped.length > 0 ? (
        <div data-mg="config-skipped">
          <h4>Not evaluated (skipped, never guessed)</h4>
          <ul className="mg-skipped">
            {summary.skipped.slice(0, MAX_SKIPPED_SHOWN).map((item) => (
              <li key={`${item.line}:${item.column}`}>
                Line {item.line}: {visible(item.what)}
                {item.option ? (
                  <>
                    {' '}
                    (for <code>{visible(item.option)}</code>)
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          {summary.skipped.length > MAX_SKIPPED_SHOWN ? <p className="mg-hint">…and {summary.skipped.length - MAX_SKIPPED_SHOWN} more.</p> : null}
        </div>
      ) : null}
      {summary.notes.length > 0 ? (
        <ul className="mg-notes" data-mg="config-notes">
          {summary.notes.map((note) => (
            <li key={note}>{visible(note)}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
