import type { Settings } from '../../../common/settings';
import type { TimeFormatter } from '../../../common/time-format';
import type { KeeperView } from '../keeper/keeper-view';
import { planNotifications } from './notification-planner';
import type { CopiedToken, PlannedNotification } from './notification-planner';
import { fingerprint } from '../shared/fingerprint';

/** The settings the scheduler follows. */
export type NotificationSettings = Pick<Settings, 'notifyLeadMinutes' | 'notificationsEnabled'>;

/** How the scheduler is wired to the app. */
export interface NotificationSchedulerOptions {
  /** Shows one notification (the Electron adapter); must not throw. */
  show: (notification: PlannedNotification) => void;
  /** `Notification.isSupported()` on this platform. */
  supported: boolean;
  formatTime: TimeFormatter;
  state: KeeperView;
  settings: NotificationSettings;
}

/**
 * Runs the notification planner whenever something changes and at the time it asks for, through
 * one global `setTimeout`. Keeps only the fingerprint and expiry of the token the user copied.
 */
export class NotificationScheduler {
  #state: KeeperView;
  #settings: NotificationSettings;
  #copied: CopiedToken | undefined;
  #shown: string[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #stopped = false;
  readonly #options: NotificationSchedulerOptions;

  constructor(options: NotificationSchedulerOptions) {
    this.#options = options;
    this.#state = options.state;
    this.#settings = options.settings;
    this.#evaluate();
  }

  /** Feeds a new keeper state (subscribe this to the keeper). */
  updateState(state: KeeperView): void {
    this.#state = state;
    this.#evaluate();
  }

  /** Feeds changed settings. */
  updateSettings(settings: NotificationSettings): void {
    this.#settings = settings;
    this.#evaluate();
  }

  /** Records that the user copied `token` (the raw text is hashed, not kept). */
  noteCopied(token: { token: string; expiresAt: Date }): void {
    this.#copied = { fingerprint: fingerprint(token.token), expiresAt: token.expiresAt };
    this.#evaluate();
  }

  /** Cancels the timer; later updates are ignored. */
  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #evaluate(): void {
    if (this.#stopped) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const now = new Date(Date.now());
    const plan = planNotifications({
      now,
      state: this.#state,
      ...(this.#copied === undefined ? {} : { copied: this.#copied }),
      notifyLeadMs: this.#settings.notifyLeadMinutes * 60_000,
      enabled: this.#settings.notificationsEnabled,
      supported: this.#options.supported,
      shown: this.#shown,
      formatTime: this.#options.formatTime,
    });
    this.#shown = plan.shown;
    for (const notification of plan.due) this.#options.show(notification);
    if (plan.nextCheckAt !== undefined) {
      this.#timer = setTimeout(() => this.#evaluate(), plan.nextCheckAt.getTime() - now.getTime());
    }
  }
}
