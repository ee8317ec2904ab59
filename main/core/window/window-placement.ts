/** A rectangle in screen coordinates. */
export interface ScreenRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A remembered window position. */
export interface WindowPosition {
  x: number;
  y: number;
}

/**
 * The remembered position if a window of `size` placed there would have its title bar area
 * (its top 40 px, at least 100 px wide) on one of the displays' work areas; otherwise undefined,
 * so the window opens centred instead of off-screen after a monitor was unplugged.
 */
export function restorablePosition(
  saved: WindowPosition | undefined,
  size: { width: number; height: number },
  workAreas: readonly ScreenRect[],
): WindowPosition | undefined {
  if (saved === undefined || !Number.isFinite(saved.x) || !Number.isFinite(saved.y)) return undefined;
  const titleBar = { x: saved.x, y: saved.y, width: size.width, height: Math.min(40, size.height) };
  const visible = workAreas.some((area) => {
    const width = Math.min(titleBar.x + titleBar.width, area.x + area.width) - Math.max(titleBar.x, area.x);
    const top = titleBar.y >= area.y && titleBar.y + titleBar.height <= area.y + area.height;
    return top && width >= Math.min(100, titleBar.width);
  });
  return visible ? { x: Math.round(saved.x), y: Math.round(saved.y) } : undefined;
}
