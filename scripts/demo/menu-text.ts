// The tray as text: what a person would see in the menu, one item a line.

/** The menu template as the stand-in keeps it (the options main passed to `Menu.buildFromTemplate`). */
type Item = Electron.MenuItemConstructorOptions;

/** One line per item, submenus indented; disabled items in brackets, checkboxes as [x]/[ ]. */
export function menuText(template: readonly Item[], indent = '  '): string[] {
  return template.flatMap((item) => {
    if (item.type === 'separator') return [`${indent}────────`];
    const box = item.type === 'checkbox' ? (item.checked ? '[x] ' : '[ ] ') : '';
    const label = `${box}${item.label ?? ''}`;
    const line = `${indent}${item.enabled === false ? `(${label})` : label}`;
    return Array.isArray(item.submenu) ? [`${line} ▸`, ...menuText(item.submenu, `${indent}    `)] : [line];
  });
}
