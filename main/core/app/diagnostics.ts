import type { AboutInfo, StatusSnapshot } from '../../../common/ipc-contract';
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

/**
 * The text "Copy diagnostics" puts on the clipboard for a support request: versions, OS, key store,
 * preferences and each profile's state and last error. It leaves out emails, token previews and
 * every secret, and masks anything token-shaped a server message might have carried.
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
    `Profiles (${snapshot.profiles.length}):`,
    ...snapshot.profiles.map(profileLine),
    `Collected ${input.now.toISOString()}`,
  ];
  return redactTokenShapes(lines.join('\n'));
}
