const TIME = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** A wall-clock time such as "Sat 10:03:08", or "—" when absent. */
export function formatTime(epochMs: number | undefined): string {
  return epochMs === undefined ? '—' : TIME.format(new Date(epochMs));
}

/** Time left as "23h 59m 58s" / "4m 05s" / "12s", or "expired". */
export function formatCountdown(msLeft: number): string {
  if (msLeft <= 0) return 'expired';
  const total = Math.floor(msLeft / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  if (hours > 0) return `${hours}h ${String(minutes).padStart(2, '0')}m ${seconds}s`;
  if (minutes > 0) return `${minutes}m ${seconds}s`;
  return `${total}s`;
}
