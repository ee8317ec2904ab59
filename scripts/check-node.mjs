// Run first by every npm script: one line and exit 1 when this Node is older than package.json's engines.node.
// Plain JavaScript with no dependencies, so it runs (and says so) on the old Node it is there to catch.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const wanted = /^>=\s*(\d+)\.(\d+)(?:\.(\d+))?$/.exec(pkg.engines.node);
if (!wanted) {
  process.stderr.write(`package.json engines.node must read ">=MAJOR.MINOR", not "${pkg.engines.node}"\n`);
  process.exit(1);
}
const minimum = wanted.slice(1).map((part) => Number(part || 0));
const running = process.versions.node.split('.').map(Number);

/** True when `a` (major, minor, patch) is older than `b`. */
function older(a, b) {
  for (let i = 0; i < 3; i += 1) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

if (older(running, minimum)) {
  process.stderr.write(
    `${pkg.name} needs Node ≥ ${minimum[0]}.${minimum[1]}, this is ${running[0]}.${running[1]} — see README (Requirements)\n`,
  );
  process.exit(1);
}
