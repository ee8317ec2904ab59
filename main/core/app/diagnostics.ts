import type { AboutInfo, ApiClientsView, StatusSnapshot } from '../../../common/ipc-contract';
import { redactTokenShapes } from '../log/redact';

/** What the diagnostics are built from: plain facts main holds. Never a password or a token. */
export interface DiagnosticsInput {
  about: AboutInfo;
  snapshot: StatusSnapshot;
  /** The key store in use (`gnome_libsecret`, `macos_keychain`, …). */
  keyringBackend: string;
  now: Date;
}

/** One profile's line: name, default mark, environment, state, expiry and last error — no email, no token preview. */
function profileLine(profile: StatusSnapshot['profiles'][number]): string {
  const facts = [
    `${profile.name}${profile.isDefault ? ' (default)' : ''}`,
    profile.environment,
    profile.status,
    profile.passwordStored ? 'password stored' : 'no password stored',
    profile.token ? `token expires ${new Date(profile.token.expiresAt).toISOString()}` : 'no token',
    `last error: ${profile.lastError ? `${profile.lastError.kind} — ${profile.lastError.message}` : 'none'}`,
  ];
  return `- ${facts.join(' · ')}`;
}

/** The API-client endpoint's line: its state (and why, when it could not start), port and where its key lives, never the key. */
function apiClientsLine(view: ApiClientsView | undefined): string {
  if (!view) return 'API clients: not in this build';
  const key = view.keyStorage === 'keychain' ? 'key in the keychain' : 'key for this session only';
  return `API clients: ${view.state}${view.message ? ` — ${view.message}` : ''} (127.0.0.1:${view.port}, ${key})`;
}

/**
 * The text "Copy diagnostics" puts on the clipboard for a support request: versions, OS, key store,
 * preferences, the API-client endpoint's state and each profile's state and last error. It leaves out
 * emails, token previews and every secret, and masks anything token-shaped a server message might have
 * carried.
 */
export function buildDiagnostics(input: DiagnosticsInput): string {
  const { about, snapshot } = input;
  const lines = [
    `Patchworks Token Tray ${about.appVersion}`,
    `Electron ${about.electronVersion} · Chromium ${about.chromiumVersion} · Node ${about.nodeVersion}`,
    `OS: ${about.os}`,
    `Key store: ${input.keyringBackend}${snapshot.sessionOnly ? ' (passwords kept for this session only)' : ''}`,
    `Tray host: ${about.trayMissing ? 'missing' : 'ok'}`,
    `Preferences: ${JSON.stringify(snapshot.preferences)}`,
    apiClientsLine(snapshot.apiClients),
    `Profiles (${snapshot.profiles.length}):`,
    ...snapshot.profiles.map(profileLine),
    `Collected ${input.now.toISOString()}`,
  ];
  return redactTokenShapes(lines.join('\n'));
}
