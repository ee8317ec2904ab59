import { byId } from './dom';

/** The window's tabs, in order; each `<button role="tab" id="tab-<name>">` controls `panel-<name>`. */
export const TAB_NAMES = ['status', 'profiles', 'preferences', 'about'] as const;

/** One of the tabs. */
export type TabName = (typeof TAB_NAMES)[number];

/**
 * ARIA tabs with a roving tabindex: only the selected tab is in the Tab order; Left/Right (wrapping),
 * Home and End move between tabs and select them. Other sections drop a `<section>` into a
 * `panel-<name>` element and need nothing from here.
 */
export class Tabs {
  readonly #tabs = new Map<TabName, HTMLButtonElement>();
  #selected: TabName = 'status';

  constructor() {
    for (const name of TAB_NAMES) {
      const tab = byId(`tab-${name}`, HTMLButtonElement);
      this.#tabs.set(name, tab);
      tab.addEventListener('click', () => this.select(name));
      tab.addEventListener('keydown', (event) => this.#onKey(event, name));
    }
    this.select('status');
  }

  /** The tab shown now. */
  get selected(): TabName {
    return this.#selected;
  }

  /** Shows `name`'s panel; `focus` moves the keyboard focus onto its tab. */
  select(name: TabName, focus = false): void {
    this.#selected = name;
    for (const [each, tab] of this.#tabs) {
      const on = each === name;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      byId(`panel-${each}`).hidden = !on;
    }
    if (focus) this.#tabs.get(name)?.focus();
  }

  #onKey(event: KeyboardEvent, from: TabName): void {
    const index = TAB_NAMES.indexOf(from);
    const last = TAB_NAMES.length - 1;
    const target = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.select(TAB_NAMES[target]!, true);
  }
}
