// The settings window: tabs over the sections, wired to the preload bridge and to one profile selection.
import type { AboutInfo, StatusSnapshot } from '../common/ipc-contract';
import { AboutPanel } from './about-panel';
import { AccountForm } from './account-form';
import { ApiClientsPanel } from './api-clients-panel';
import { findBridge } from './bridge';
import { showDesktopNotes } from './desktop-notes';
import { byId, showMessage } from './dom';
import { FirstRunPanel } from './first-run-panel';
import { NETWORK_SECTION, wireCertificatePicker } from './network-section';
import { GENERAL_SECTION, PreferencesForm } from './preferences-form';
import { ProfileSelection, type SelectionView } from './profile-selection';
import { ProfilesPanel } from './profiles-panel';
import { ResetPanel } from './reset-panel';
import { StatusPanel } from './status-panel';
import { Tabs } from './tabs';
import { UpdatesPanel } from './updates-panel';

function fail(message: string): void {
  byId('bridge-error').hidden = false;
  showMessage(byId('bridge-error'), message, 'error');
}

async function start(): Promise<void> {
  const api = findBridge();
  if (api === undefined) return fail('This page works only inside Patchworks Token Tray.');
  const [aboutResult, first] = await Promise.all([api.getAbout(), api.getSnapshot()]);
  if (!aboutResult.ok) return fail(aboutResult.error.message);
  if (!first.ok) return fail(first.error.message);
  const about: AboutInfo = aboutResult.value;
  const tabs = new Tabs();
  const selection = new ProfileSelection(render);
  const update = (snapshot: StatusSnapshot, selectName?: string) => selection.update(snapshot, selectName);
  const addProfile = () => {
    tabs.select('profiles');
    selection.select(null);
    account.focus();
  };
  const firstRun = new FirstRunPanel(api, () => byId('copy-token').focus());
  const account = new AccountForm(api, {
    update,
    names: () => selection.names,
    signedIn: (firstProfile) => {
      if (!firstProfile) return;
      tabs.select('status');
      firstRun.open(about, selection.snapshot?.preferences.startAtLogin ?? false);
    },
  });
  const profiles = new ProfilesPanel(api, {
    select: (id) => {
      selection.select(id);
      if (id === null) account.focus();
    },
    update,
  });
  const status = new StatusPanel(api, { update, select: (id) => selection.select(id), addProfile });
  const isMac = about.platform === 'darwin';
  const preferences = new PreferencesForm(api, GENERAL_SECTION, isMac);
  const network = new PreferencesForm(api, NETWORK_SECTION, isMac);
  const apiClients = new ApiClientsPanel(api);
  wireCertificatePicker(api);
  new AboutPanel(api).show(about);
  new ResetPanel(api);
  const trayMissing = byId('tray-missing');
  trayMissing.hidden = about.trayMissing === undefined;
  trayMissing.textContent = about.trayMissing ?? '';
  const updates = new UpdatesPanel(api);
  function render(view: SelectionView): void {
    profiles.render(view);
    account.show(view);
    status.render(view);
    preferences.fill(view.snapshot.preferences);
    network.fill(view.snapshot.preferences);
    apiClients.render(view.snapshot.apiClients);
    showDesktopNotes(view.snapshot);
    updates.render(view.snapshot.updates);
  }
  api.onStatus((snapshot) => update(snapshot));
  update(first.value);
  // A first run has nothing to show yet: start where the first profile is added.
  if (first.value.profiles.length === 0) tabs.select('profiles');
  document.body.dataset.ready = 'true';
}

void start();
