// Shows notifications through Electron's Notification; a click hands back the notification's action.
import { Notification } from 'electron';
import type { NotifierPort, ShownNotification } from '../core';

/** Creates the presenter; `onClick` gets the notification the user clicked (its action). */
export function createNotificationPresenter(
  onClick: (notification: ShownNotification) => void,
  onError: (error: unknown) => void,
): NotifierPort {
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
