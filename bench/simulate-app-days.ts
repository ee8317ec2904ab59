import { install } from '@sinonjs/fake-timers';
import { createTimeFormatter } from '../common/time-format';
import { ClipboardGuard } from '../main/core/clipboard/clipboard-guard';
import type { IssuedToken } from '../main/core/login/issued-token';
import { TokenKeeper } from '../main/core/keeper/token-keeper';
import { NotificationScheduler } from '../main/core/notify/notification-scheduler';
import { buildTrayView } from '../main/core/tray/menu-model';
import { trayChangesAt } from '../main/core/tray/tray-changes-at';
import { TrayRefresher } from '../main/core/tray/tray-refresher';
import { UpdateCheckTimer } from '../main/core/updates/update-check-timer';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const EPOCH = Date.UTC(2026, 10, 2, 7, 0, 0);

/** The parts of the app that arm timers in the main process. */
export type AppPart = 'keeper' | 'tray' | 'notifications' | 'clipboard' | 'updates';

/** How the tray is kept current: armed for its next text change (the app), or re-rendered every minute (the old way). */
export type TrayMode = 'on-change' | 'every-minute';

/** Timer wake-ups per simulated day, in all and per part. */
export interface AppDaysResult {
  wakeUpsPerDay: number;
  perPart: Record<AppPart, number>;
}

/**
 * Runs the app's real timer-owning parts together for `days` simulated days on a fake clock: the token
 * keeper (24 h tokens), the tray refresher over the real tray view, the notification scheduler, and the
 * clipboard guard with one copy a day cleared after 30 s. Counts every timer callback, by the part that
 * armed it.
 */
export async function simulateAppDays(days: number, trayMode: TrayMode): Promise<AppDaysResult> {
  const clock = install({ now: EPOCH, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  const fakeSetTimeout = globalThis.setTimeout;
  const counts: Record<AppPart, number> = { keeper: 0, tray: 0, notifications: 0, clipboard: 0, updates: 0 };
  let part: AppPart = 'keeper';
  const as = <T>(owner: AppPart, work: () => T): T => {
    const previous = part;
    part = owner;
    try {
      return work();
    } finally {
      part = previous;
    }
  };
  globalThis.setTimeout = ((handler: () => void, ms?: number) => {
    const owner = part;
    return fakeSetTimeout(() => {
      counts[owner] += 1;
      as(owner, handler);
    }, ms);
  }) as unknown as typeof setTimeout;
  try {
    let issued = 0;
    const login = async (): Promise<IssuedToken> => {
      issued += 1;
      const now = Date.now();
      return { token: `bench-token-${issued}-${'x'.repeat(24)}`, issuedAt: new Date(now), expiresAt: new Date(now + DAY) };
    };
    const keeper = new TokenKeeper({ login });
    const formatTime = createTimeFormatter({ locale: 'en-GB', timeZone: 'UTC' });
    const settings = { notifyLeadMinutes: 15, notificationsEnabled: true };
    const input = (now: Date) => ({
      state: keeper.state, email: 'bench@example.com', now, notifyLeadMs: 15 * MINUTE, formatTime, startAtLogin: false,
    });
    const tray = new TrayRefresher({
      view: (now) => buildTrayView(input(now)),
      changesAt: (now) => (trayMode === 'on-change' ? trayChangesAt(input(now)) : new Date(now.getTime() + MINUTE)),
      show: () => undefined,
    });
    const notifications = as('notifications', () =>
      new NotificationScheduler({ show: () => undefined, supported: true, formatTime, state: keeper.state, settings }),
    );
    const clipboard = new ClipboardGuard({ readText: () => '', writeText: () => undefined });
    const updates = new UpdateCheckTimer(() => undefined);
    keeper.subscribe((state) => {
      as('tray', () => tray.update());
      as('notifications', () => notifications.updateState(state));
    });
    as('keeper', () => keeper.start());
    as('tray', () => tray.update());
    as('updates', () => updates.start());
    for (let day = 0; day < days; day += 1) {
      await clock.tickAsync(9 * HOUR);
      const token = keeper.state.token;
      if (token) {
        // The guard arms its timer after awaiting the write, so the copy runs with the part set throughout.
        part = 'clipboard';
        await clipboard.copy(token.token, 30);
        part = 'keeper';
        as('notifications', () => notifications.noteCopied(token));
      }
      await clock.tickAsync(15 * HOUR);
    }
    keeper.stop();
    tray.stop();
    notifications.stop();
    updates.stop();
    const perPart = Object.fromEntries(Object.entries(counts).map(([name, n]) => [name, n / days])) as Record<AppPart, number>;
    return { wakeUpsPerDay: Object.values(counts).reduce((a, b) => a + b, 0) / days, perPart };
  } finally {
    globalThis.setTimeout = fakeSetTimeout;
    clock.uninstall();
  }
}
