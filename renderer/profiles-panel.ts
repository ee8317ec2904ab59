import type { PreloadApi, ProfileSnapshot, StatusSnapshot } from '../common/ipc-contract';
import { byId, showMessage, whileBusy } from './dom';
import { clearFieldErrors, showFieldErrors } from './field-errors';
import { ProfileList } from './profile-list';
import type { SelectionView } from './profile-selection';

/** What the panel asks of the window around it. */
export interface ProfilesPanelHost {
  /** Selects a profile, or null for the blank "add" form. */
  select(id: string | null): void;
  /** Shows a snapshot main answered with. */
  update(snapshot: StatusSnapshot): void;
}

/**
 * The Profiles section: the list, **Add profile**, **Rename** (an inline field), **Make default** and
 * **Remove** (confirmed in the page, never a native dialog). Escape closes an open rename or confirmation.
 */
export class ProfilesPanel {
  private readonly section = byId('profiles-heading').closest('section') as HTMLElement;
  private readonly list: ProfileList;
  private readonly actions = byId('profile-actions');
  private readonly renameForm = byId('rename-form', HTMLFormElement);
  private readonly renameInput = byId('rename-name', HTMLInputElement);
  private readonly confirm = byId('remove-confirm');
  private readonly message = byId('profiles-message');
  private profile: ProfileSnapshot | undefined;

  constructor(private readonly api: PreloadApi, private readonly host: ProfilesPanelHost) {
    this.list = new ProfileList((id) => host.select(id));
    byId('add-profile').addEventListener('click', () => host.select(null));
    byId('rename-profile').addEventListener('click', () => this.openRename());
    byId('make-default').addEventListener('click', () => void this.makeDefault());
    byId('remove-profile').addEventListener('click', () => this.openConfirm());
    byId('rename-cancel').addEventListener('click', () => this.closePanels(byId('rename-profile')));
    byId('remove-confirm-no').addEventListener('click', () => this.closePanels(byId('remove-profile')));
    byId('remove-confirm-yes').addEventListener('click', () => void this.remove());
    this.renameForm.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.rename();
    });
    this.renameForm.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.closePanels(byId('rename-profile'));
    });
    this.confirm.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.closePanels(byId('remove-profile'));
    });
  }

  /** Shows the profiles with the selected one checked; a new selection closes an open rename or confirmation. */
  render(view: SelectionView): void {
    this.profile = view.profile;
    const { profiles } = view.snapshot;
    this.list.render(profiles, view.profile?.id);
    byId('profiles-empty').hidden = profiles.length > 0;
    byId('add-profile').hidden = profiles.length === 0;
    byId('rename-profile').hidden = view.profile === undefined;
    byId('remove-profile').hidden = view.profile === undefined;
    byId('make-default').hidden = view.profile === undefined || view.profile.isDefault;
    if (view.switched) this.closePanels();
  }

  private openRename(): void {
    if (this.profile === undefined) return;
    this.openPanel(this.renameForm);
    clearFieldErrors(this.renameForm);
    this.renameInput.value = this.profile.name;
    this.renameInput.focus();
    this.renameInput.select();
  }

  private openConfirm(): void {
    if (this.profile === undefined) return;
    this.openPanel(this.confirm);
    byId('remove-question').textContent =
      `Remove “${this.profile.name}”? Its stored password and token are deleted from this computer.`;
    byId('remove-confirm-no').focus();
  }

  private openPanel(panel: HTMLElement): void {
    showMessage(this.message, '');
    this.actions.hidden = true;
    this.renameForm.hidden = panel !== this.renameForm;
    this.confirm.hidden = panel !== this.confirm;
  }

  /** Closes an open rename or confirmation and shows the buttons again, focusing `focusTo` if given. */
  private closePanels(focusTo?: HTMLElement): void {
    this.renameForm.hidden = true;
    this.confirm.hidden = true;
    this.actions.hidden = false;
    focusTo?.focus();
  }

  private async rename(): Promise<void> {
    const profile = this.profile;
    if (profile === undefined) return;
    clearFieldErrors(this.renameForm);
    const name = this.renameInput.value;
    const result = await whileBusy(this.section, () => this.api.renameProfile({ profileId: profile.id, name }));
    if (!result.ok) {
      const unplaced = showFieldErrors(this.renameForm, result.error.fieldErrors, 'rename-');
      this.renameInput.focus();
      return showMessage(this.message, [result.error.message, ...unplaced].join(' '), 'error');
    }
    this.closePanels();
    this.host.update(result.value);
    const renamed = result.value.profiles.find((p) => p.id === profile.id)?.name ?? name;
    showMessage(this.message, `Renamed to “${renamed}”.`, 'success');
    byId('rename-profile').focus();
  }

  private async makeDefault(): Promise<void> {
    const profile = this.profile;
    if (profile === undefined) return;
    const result = await whileBusy(this.section, () => this.api.setDefaultProfile({ profileId: profile.id }));
    if (!result.ok) return showMessage(this.message, result.error.message, 'error');
    this.host.update(result.value);
    showMessage(this.message, `“${profile.name}” is now the default profile.`, 'success');
    this.list.focus();
  }

  private async remove(): Promise<void> {
    const profile = this.profile;
    if (profile === undefined) return;
    const result = await whileBusy(this.section, () => this.api.removeProfile({ profileId: profile.id }));
    if (!result.ok) {
      this.closePanels(byId('remove-profile'));
      return showMessage(this.message, result.error.message, 'error');
    }
    this.closePanels();
    this.host.update(result.value);
    showMessage(this.message, `Removed “${profile.name}”. Its password and token were deleted.`, 'success');
    if (result.value.profiles.length > 0) this.list.focus();
    else byId('email').focus();
  }
}
