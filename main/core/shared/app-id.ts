/**
 * The app's one reverse-DNS id: electron-builder's `appId` (macOS bundle id, the AppUserModelID the NSIS
 * shortcut carries), the Linux `.desktop` file's base name (package.json `desktopName`, Wayland `app_id`,
 * the XDG portal identity) and the XDG autostart file's name. tests/packaging checks they all match.
 */
export const APP_ID = 'co.pwks.TokenTray';

/** The `.desktop` file name that carries the app id (installed entry and autostart entry). */
export const DESKTOP_FILE_NAME = `${APP_ID}.desktop`;
