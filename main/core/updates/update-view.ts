import type { UpdatesView } from '../../../common/ipc-contract';
import type { UpdatePhase, UpdateState } from './update-state';

const APP = 'Patchworks Token Tray';

/** The sentence About shows for a phase. */
function phaseMessage(phase: UpdatePhase, state: UpdateState): string {
  switch (phase.kind) {
    case 'idle':
      return state.automaticChecks ? 'Not checked yet; the app checks every 6 hours.' : 'Automatic checks are off.';
    case 'checking':
      return 'Checking for updates…';
    case 'up-to-date':
      return `${APP} is up to date.`;
    case 'downloading':
      return `Downloading version ${phase.version}${phase.percent === undefined ? '' : ` (${Math.floor(phase.percent)} %)`}…`;
    case 'available':
      return `Version ${phase.version} is available. Installed from a .deb package: update ${APP} with your package manager (apt or your software centre).`;
    case 'downloaded':
      return state.restartWaiting
        ? `Version ${phase.version} is installed as soon as the sign-in or refresh in progress finishes.`
        : `Version ${phase.version} is ready. Restart to update.`;
    case 'failed':
      return phase.failure.message;
    case 'inactive':
      return 'Updates are checked only in an installed release build.';
    case 'needs-signed-build':
      return 'Updates need a signed build. Download the latest release and install it by hand.';
  }
}

const STATUS: Readonly<Record<UpdatePhase['kind'], UpdatesView['status']>> = {
  idle: 'idle',
  checking: 'checking',
  'up-to-date': 'up-to-date',
  downloading: 'downloading',
  available: 'available',
  downloaded: 'downloaded',
  failed: 'failed',
  inactive: 'unavailable',
  'needs-signed-build': 'unavailable',
};

/** What the settings window's Updates section shows; only versions and plain text, nothing secret. */
export function buildUpdatesView(state: UpdateState): UpdatesView {
  const { phase } = state;
  const busy = phase.kind === 'checking' || phase.kind === 'downloading';
  const version = 'version' in phase ? phase.version : state.readyVersion;
  return {
    currentVersion: state.currentVersion,
    status: STATUS[phase.kind],
    message: phaseMessage(phase, state),
    ...(version === undefined ? {} : { newVersion: version }),
    ...(state.lastCheckedAt === undefined ? {} : { lastCheckedAt: state.lastCheckedAt }),
    automaticChecks: state.automaticChecks,
    canCheck: !busy && phase.kind !== 'needs-signed-build' && phase.kind !== 'inactive',
    canRestart: state.readyVersion !== undefined && !state.restartWaiting,
  };
}
