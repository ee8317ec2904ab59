// `npm run dist` after the build: packages the app for this platform with the update feed planned by
// update-feed.ts. Extra arguments go to electron-builder, e.g. `npm run dist -- --linux AppImage`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { planDist, type DistPlan } from './update-feed';

const ROOT = join(import.meta.dirname, '..');

let plan: DistPlan;
try {
  plan = planDist(process.env);
} catch (error) {
  console.error(`dist: ${(error as Error).message}`);
  process.exit(2);
}
const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'electron-builder'), [...plan.args, ...process.argv.slice(2)], {
  cwd: ROOT,
  env: plan.env,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
