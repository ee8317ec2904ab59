// The settings window: wires the three sections to the preload bridge.
import type { DocLinkId, StatusSnapshot } from '../common/ipc-contract';
import { AccountForm } from './account-form';
import { findBridge } from './bridge';
import { byId, showMessage } from './dom';
import { PreferencesForm } from './preferences-form';
import { StatusPanel } from './status-panel';

async function start(): Promise<void> {
  const api = findBridge();
  if (api === undefined) {
    byId('bridge-error').hidden = false;
    return showMessage(byId('bridge-error'), 'This page works only inside Patchworks Token Tray.', 'error');
  }
  const account = new AccountForm(api, (s) => update(s));
  const preferences = new PreferencesForm(api);
  const status = new StatusPanel(api, (s) => update(s));
  function update(snapshot: StatusSnapshot): void {
    status.render(snapshot);
    account.showPasswordStored(snapshot.passwordStored);
    preferences.fill(snapshot.preferences);
  }
  for (const link of document.querySelectorAll<HTMLButtonElement>('button[data-doc]')) {
    link.addEventListener('click', () => void api.openDocs(link.dataset.doc as DocLinkId));
  }
  api.onStatus(update);
  const first = await api.getSnapshot();
  if (!first.ok) {
    byId('bridge-error').hidden = false;
    return showMessage(byId('bridge-error'), first.error.message, 'error');
  }
  account.fill(first.value);
  preferences.fill(first.value.preferences, true);
  update(first.value);
  document.body.dataset.ready = 'true';
}

void start();
