/**
 * The Chromium features the GlobalShortcuts portal needs on Wayland: the portal itself (docs/api/
 * global-shortcut.md) and the preferred-trigger hint that lets GNOME bind at all (PR #52221, not
 * confirmed to be on by default in every 45.x, so passed explicitly).
 */
export const GLOBAL_SHORTCUTS_PORTAL_FEATURES = ['GlobalShortcutsPortal', 'GlobalShortcutsPortalPreferredTrigger'] as const;

/**
 * The `--enable-features` value with `features` added to what is already there. Chromium honours only
 * the last `--enable-features` switch, so values are merged into one instead of appending a second.
 */
export function withFeatures(existing: string, features: readonly string[]): string {
  const merged = new Set(existing.split(',').filter((feature) => feature !== ''));
  for (const feature of features) merged.add(feature);
  return [...merged].join(',');
}
