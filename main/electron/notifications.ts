// Shows notifications through Electron's Notification; a click hands back the notification's action.
import { Notification } from 'electron';
import { activationAction, type NotifierPort, type ShownNotification, type UserAction } from '../core';

/** How many unclicked notifications an Action-Center click may belong to (older ones are forgotten). */
const WAITING_LIMIT = 20;

/** Where clicks and failures go. */
export interface NotificationHandlers {
  /** The user clicked a notification: run its action. */
  onAction(action: UserAction): void;
  /** Creating or showing one threw. */
  onError(error: unknown): void;
  /** The OS refused to show one (macOS unsigned builds emit `failed`); `error` is Electron's text. */
  onFailed(error: string): void;
}

/**
 * Creates the presenter. On Windows a toast that timed out leaves Action Center clicks to
 * `Notification.handleActivation` only (d.ts: invoked "regardless of whether the original Notification
 * object is still in memory", and in addition to instance events while it is), so there every click
 * is taken from that one callback, routed by `activationAction`; elsewhere from the instance's `click`.
 */
export function createNotificationPresenter(handlers: NotificationHandlers): NotifierPort {
  // Keep each notification referenced until it is done, or its handlers may be collected.
  const live = new Set<Notification>();
  const waiting: UserAction[] = [];
  const handleActivation = (Notification as { handleActivation?: typeof Notification.handleActivation }).handleActivation;
  const viaActivation = typeof handleActivation === 'function';
  if (viaActivation) {
    Notification.handleActivation(() => {
      const action = activationAction(waiting);
      waiting.length = 0;
      handlers.onAction(action);
    });
  }
  return {
    supported: Notification.isSupported(),
    show(planned: ShownNotification) {
      try {
        const notification = new Notification({ title: planned.title, body: planned.body });
        live.add(notification);
        if (viaActivation) {
          waiting.push(planned.action);
          if (waiting.length > WAITING_LIMIT) waiting.shift();
        } else {
          notification.on('click', () => {
            live.delete(notification);
            handlers.onAction(planned.action);
          });
        }
        notification.on('failed', (_event, error) => {
          live.delete(notification);
          handlers.onFailed(error);
        });
        notification.on('close', () => live.delete(notification));
        notification.show();
      } catch (error) {
        handlers.onError(error);
      }
    },
  };
}
