// The platform port: what Node and Electron tell the app about the desktop, read in one place.
import { app } from 'electron';
import { hostPlatformOf, type HostPlatform } from '../core';
import { nodePlatform } from './node-platform';

/** The desktop this process runs on (see `hostPlatformOf` for how Linux sessions are told apart). */
export function hostPlatform(): HostPlatform {
  return hostPlatformOf({
    nodePlatform: nodePlatform(),
    env: process.env,
    ozonePlatform: app.commandLine.getSwitchValue('ozone-platform'),
  });
}
