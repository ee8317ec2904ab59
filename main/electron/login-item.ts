// "Start at login": the OS login item on macOS and Windows, an XDG autostart file on Linux.
import { homedir } from 'node:os';
import { app } from 'electron';
import { HIDDEN_FLAG, XdgAutostart, xdgAutostartPath, type LoginItemPort } from '../core';

function linuxControl(): LoginItemPort {
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

function loginItemSettingsControl(): LoginItemPort {
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
export function createLoginItemControl(): LoginItemPort {
  return process.platform === 'linux' ? linuxControl() : loginItemSettingsControl();
}
