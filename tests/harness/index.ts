// The harness that runs the real main/ wiring against a recording electron stand-in (tests/README.md).
export { makeAppDirs, readAppLog, removeAppDirs, type AppDirs } from './app-dirs';
export { electron, type FakeElectron } from './fake-electron';
export { autoUpdater, type FakeAutoUpdater } from './fake-updater';
export type { FakeSender, Invocation } from './fake-ipc-main';
export { FakeWebContents, type SentMessage } from './fake-window';
export { demoSignIn, launchApp, RunningApp, shutDownApp, useAppFakeTimers, type LaunchOptions } from './run-app';
export { settle, until } from './until';
export { useTestbed, type Testbed } from './testbed';
export { secretsFileNames, storedSecrets, type StoredSecrets } from './stored-secrets';
export { installWlClipboard, waylandSelection, wlCopyArguments } from './desktop-tools';
export { displayedLabel } from './fake-tray';
export type { PlatformProfile } from './platform-profile';
