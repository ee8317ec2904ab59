// Shows planned notifications through Electron's Notification; a click runs the planned action.
import { Notification } from 'electron';
import type { NotificationAction, PlannedNotification } from '../core';

/** Shows notifications on this platform, if it can. */
export interface NotificationPresenter {
  /** `Notification.isSupported()`; pass it to the NotificationScheduler. */
  readonly supported: boolean;
  /** Shows one notification; failures are reported to `onError`, never thrown. */
  show(notification: PlannedNotification): void;
}

/** Creates the presenter; `onAction` runs when the user clicks a notification. */
export function createNotificationPresenter(
  onAction: (action: NotificationAction) => void,
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
          onAction(planned.action);
        });
        notification.on('close', () => live.delete(notification));
        notification.show();
      } catch (error) {
        onError(error);
      }
    },
  };
}
