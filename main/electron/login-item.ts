// "Start at login": the OS login item on macOS and Windows, an XDG autostart file on Linux.
import { homedir } from 'node:os';
import { app } from 'electron';
import { HIDDEN_FLAG, XdgAutostart, xdgAutostartPath } from '../core';

/** Reads and sets whether the app starts at login; always reports the real, current state. */
export interface LoginItemControl {
  isEnabled(): Promise<boolean>;
  /** Applies `enabled` and returns the state read back afterwards. */
  setEnabled(enabled: boolean): Promise<boolean>;
}

function linuxControl(): LoginItemControl {
  const autostart = new XdgAutostart(xdgAutostartPath(process.env, homedir()));
  // Inside an AppImage, process.execPath points into a temporary mount; APPIMAGE is the real file.
  const execPath = process.env.APPIMAGE ?? app.getPath('exe');
  return {
    isEnabled: () => autostart.isEnabled(),
    async setEnabled(enabled) {
      if (enabled) await autostart.enable({ execPath, args: [HIDDEN_FLAG] });
      else await autostart.disable();
      return autostart.isEnabled();
    },
  };
}

function loginItemSettingsControl(): LoginItemControl {
  // Windows passes the flag so the app knows it was started at login; macOS tray-only apps start windowless.
  const args = process.platform === 'win32' ? [HIDDEN_FLAG] : [];
  const isEnabled = async () => app.getLoginItemSettings({ args }).openAtLogin;
  return {
    isEnabled,
    async setEnabled(enabled) {
      app.setLoginItemSettings({ openAtLogin: enabled, args });
      return isEnabled();
    },
  };
}

/** The login item control for this platform. */
export function createLoginItemControl(): LoginItemControl {
  return process.platform === 'linux' ? linuxControl() : loginItemSettingsControl();
}
