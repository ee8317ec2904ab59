import { describe, expect, it } from 'vitest';
import { restorablePosition } from './window-placement';

const SIZE = { width: 440, height: 680 };
const LAPTOP = { x: 0, y: 0, width: 1440, height: 875 };
const RIGHT_MONITOR = { x: 1440, y: 0, width: 1920, height: 1080 };

describe('restorablePosition', () => {
  it('keeps a position on a display', () => {
    expect(restorablePosition({ x: 100, y: 50 }, SIZE, [LAPTOP])).toEqual({ x: 100, y: 50 });
    expect(restorablePosition({ x: 2000, y: 300 }, SIZE, [LAPTOP, RIGHT_MONITOR])).toEqual({ x: 2000, y: 300 });
  });

  it('drops a position on a display that is gone', () => {
    expect(restorablePosition({ x: 2000, y: 300 }, SIZE, [LAPTOP])).toBeUndefined();
  });

  it('drops a position whose title bar is above the screen or barely visible', () => {
    expect(restorablePosition({ x: 100, y: -20 }, SIZE, [LAPTOP])).toBeUndefined();
    expect(restorablePosition({ x: 1400, y: 100 }, SIZE, [LAPTOP])).toBeUndefined();
  });

  it('drops nothing-remembered and nonsense values', () => {
    expect(restorablePosition(undefined, SIZE, [LAPTOP])).toBeUndefined();
    expect(restorablePosition({ x: Number.NaN, y: 0 }, SIZE, [LAPTOP])).toBeUndefined();
  });
});
