// The settings window: wires the six sections to the preload bridge and to one profile selection.
import type { DocLinkId, StatusSnapshot } from '../common/ipc-contract';
import { AccountForm } from './account-form';
import { ApiClientsPanel } from './api-clients-panel';
import { findBridge } from './bridge';
import { showDesktopNotes } from './desktop-notes';
import { byId, showMessage } from './dom';
import { NETWORK_SECTION } from './network-section';
import { PreferencesForm } from './preferences-form';
import { ProfileSelection, type SelectionView } from './profile-selection';
import { ProfilesPanel } from './profiles-panel';
import { StatusPanel } from './status-panel';

async function start(): Promise<void> {
  const api = findBridge();
  if (api === undefined) {
    byId('bridge-error').hidden = false;
    return showMessage(byId('bridge-error'), 'This page works only inside Patchworks Token Tray.', 'error');
  }
  const selection = new ProfileSelection(render);
  const update = (snapshot: StatusSnapshot, selectName?: string) => selection.update(snapshot, selectName);
  const account = new AccountForm(api, { update, names: () => selection.names });
  const profiles = new ProfilesPanel(api, {
    select: (id) => {
      selection.select(id);
      if (id === null) account.focus();
    },
    update,
  });
  const status = new StatusPanel(api, update);
  const preferences = new PreferencesForm(api);
  const apiClients = new ApiClientsPanel(api);
  const network = new PreferencesForm(api, NETWORK_SECTION);
  function render(view: SelectionView): void {
    profiles.render(view);
    account.show(view);
    status.render(view);
    preferences.fill(view.snapshot.preferences);
    apiClients.render(view.snapshot.apiClients);
    network.fill(view.snapshot.preferences);
    showDesktopNotes(view.snapshot);
  }
  for (const link of document.querySelectorAll<HTMLButtonElement>('button[data-doc]')) {
    link.addEventListener('click', () => void api.openDocs(link.dataset.doc as DocLinkId));
  }
  api.onStatus((snapshot) => update(snapshot));
  const first = await api.getSnapshot();
  if (!first.ok) {
    byId('bridge-error').hidden = false;
    return showMessage(byId('bridge-error'), first.error.message, 'error');
  }
  preferences.fill(first.value.preferences, true);
  network.fill(first.value.preferences, true);
  update(first.value);
  document.body.dataset.ready = 'true';
}

void start();
