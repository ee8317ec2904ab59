// Shared steps of the profile tests: a second account on the stand-in server, and the one-profile menu.
import { join } from 'node:path';
import { demoSignIn, type RunningApp, type Testbed } from '../harness';
import type { MockServer } from '../mock-server';

/** A second account the stand-in server accepts once `addOpsProfile` registered it (demo only, not a secret). */
export const OPS_ACCOUNT = { email: 'ops@patchworks.test', password: 'ops-password-456' } as const;

/** The top-level ids of the tray menu with one profile (or none): exactly the single-account menu. */
export const ONE_PROFILE_MENU = [
  'status', 'separator-1', 'copy-token', 'copy-header', 'refresh-now',
  'separator-2', 'settings', 'start-at-login', 'separator-3', 'check-updates', 'version', 'separator-4', 'quit',
];

/** Registers the ops account on the server and signs it in as a new profile named "Ops"; returns its id. */
export async function addOpsProfile(app: RunningApp, server: MockServer): Promise<string> {
  server.addAccount(OPS_ACCOUNT.email, OPS_ACCOUNT.password);
  const snapshot = await app.signIn(demoSignIn(server, { name: 'Ops', ...OPS_ACCOUNT }));
  const ops = snapshot.profiles.find((profile) => profile.name === 'Ops');
  if (!ops) throw new Error('The Ops profile was not added');
  return ops.id;
}

/** Launches, signs in the demo account and the ops profile, and quits: returns the ops id and its secrets file. */
export async function storedTwoProfiles(bed: Testbed): Promise<{ opsId: string; opsSecrets: string }> {
  const app = await bed.launch();
  await app.signIn(demoSignIn(bed.server));
  const opsId = await addOpsProfile(app, bed.server);
  await app.quit();
  return { opsId, opsSecrets: join(bed.dirs.userData, `secrets-${opsId}.json`) };
}
