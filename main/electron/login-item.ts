// "Start at login": the OS login item on macOS and Windows, an XDG autostart file on Linux.
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { app } from 'electron';
import { HIDDEN_FLAG, XdgAutostart, isLinux, loginItemStateOf, xdgAutostartPath, type HostPlatform, type LoginItemPort, type LoginItemState } from '../core';

/** The autostart entry's name before it took the app id; still honoured, and replaced on the next change. */
const LEGACY_AUTOSTART_FILE_NAME = 'patchworks-token-tray.desktop';

function linuxControl(): LoginItemPort {
  const path = xdgAutostartPath(process.env, homedir());
  const autostart = new XdgAutostart(path);
  const legacy = new XdgAutostart(join(dirname(path), LEGACY_AUTOSTART_FILE_NAME));
  // Inside an AppImage, process.execPath points into a temporary mount; APPIMAGE is the real file.
  const execPath = process.env.APPIMAGE ?? app.getPath('exe');
  const state = async (): Promise<LoginItemState> =>
    (await autostart.isEnabled()) || (await legacy.isEnabled()) ? 'enabled' : 'disabled';
  return {
    state,
    async setEnabled(enabled) {
      if (enabled) await autostart.enable({ execPath, args: [HIDDEN_FLAG] });
      else await autostart.disable();
      await legacy.disable();
      return state();
    },
  };
}

function loginItemSettingsControl(platform: HostPlatform): LoginItemPort {
  // Windows passes the flag so the app knows it was started at login; macOS tray-only apps start windowless.
  const args = platform === 'windows' ? [HIDDEN_FLAG] : [];
  const state = async () => loginItemStateOf(app.getLoginItemSettings({ args }));
  return {
    state,
    async setEnabled(enabled) {
      app.setLoginItemSettings({ openAtLogin: enabled, args });
      return state();
    },
  };
}

/** The login item control for this platform. */
export function createLoginItemControl(platform: HostPlatform): LoginItemPort {
  return isLinux(platform) ? linuxControl() : loginItemSettingsControl(platform);
}
