import type { UserAction } from '../shared/user-action';

/**
 * The action a Windows Action-Center activation runs. Electron hands `Notification.handleActivation`
 * an opaque `arguments` string (`type=click&tag=<hash of the notification id>`, computed with
 * Chromium's internal FastHash: windows_toast_activator.cc), so the click cannot be tied to one
 * notification. It runs the action the notifications still waiting share; when they differ (or none
 * is known, as after a restart) it opens the settings window, which shows every profile's state.
 */
export function activationAction(waiting: readonly UserAction[]): UserAction {
  const [first, ...rest] = waiting;
  if (first && rest.every((action) => JSON.stringify(action) === JSON.stringify(first))) return first;
  return { kind: 'open-settings' };
}
