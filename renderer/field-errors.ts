/**
 * Shows `fieldErrors` beside the fields of `form` (field `x` is the element `<prefix>x` with its
 * messages in `<prefix>x-error`) and returns the messages for fields the form does not have, so they
 * can join the form's message.
 */
export function showFieldErrors(form: HTMLFormElement, fieldErrors: Record<string, string[]> = {}, idPrefix = ''): string[] {
  clearFieldErrors(form);
  const unplaced: string[] = [];
  for (const [field, messages] of Object.entries(fieldErrors)) {
    const id = CSS.escape(`${idPrefix}${field}`);
    const slot = form.querySelector<HTMLElement>(`[id="${id}-error"]`);
    if (slot === null) {
      unplaced.push(...messages);
      continue;
    }
    slot.textContent = messages.join(' ');
    slot.hidden = false;
    form.querySelector<HTMLElement>(`[id="${id}"]`)?.setAttribute('aria-invalid', 'true');
  }
  const firstInvalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
  firstInvalid?.focus();
  return unplaced;
}

/** Removes every field error from `form`. */
export function clearFieldErrors(form: HTMLFormElement): void {
  for (const slot of form.querySelectorAll<HTMLElement>('.field-error')) {
    slot.textContent = '';
    slot.hidden = true;
  }
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
}
