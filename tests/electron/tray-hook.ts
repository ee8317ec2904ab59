/**
 * The test-only hook the lane reads the tray through. Main defines it only in a build made with
 * PATCHWORKS_E2E_HOOKS=1 (see README.md here); release builds do not contain it.
 */
import type { TrayMenuItemId, TrayView } from '../../main/core/tray/menu-model';

/** What `globalThis.__trayTest` offers in the main process of a test build. */
export interface TrayTestHook {
  /** The view (menu items, tooltip, icon state) the tray adapter last applied to the real Tray. */
  view(): TrayView;
  /** Runs a menu item's click handler, exactly as a click on that item in the real menu does. */
  click(id: TrayMenuItemId): Promise<void>;
}

/** The name of the global that holds the hook; the lane's runner checks the build for it. */
export const TRAY_HOOK_GLOBAL = '__trayTest';
