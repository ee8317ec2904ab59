// Shows notifications through Electron's Notification; a click hands the notification back (action, profile).
import { Notification } from 'electron';
import type { ShownNotification } from '../core';

/** Shows notifications on this platform, if it can. */
export interface NotificationPresenter {
  /** `Notification.isSupported()`; pass it to the NotificationScheduler. */
  readonly supported: boolean;
  /** Shows one notification; failures are reported to `onError`, never thrown. */
  show(notification: ShownNotification): void;
}

/** Creates the presenter; `onClick` gets the notification the user clicked (its action and profile). */
export function createNotificationPresenter(
  onClick: (notification: ShownNotification) => void,
  onError: (error: unknown) => void,
): NotificationPresenter {
  // Keep each notification referenced until it is done, or its click handler may be collected.
  const live = new Set<Notification>();
  return {
    supported: Notification.isSupported(),
    show(planned) {
      try {
        const notification = new Notification({ title: planned.title, body: planned.body });
        live.add(notification);
        notification.on('click', () => {
          live.delete(notification);
          onClick(planned);
        });
        notification.on('close', () => live.delete(notification));
        notification.show();
      } catch (error) {
        onError(error);
      }
    },
  };
}
