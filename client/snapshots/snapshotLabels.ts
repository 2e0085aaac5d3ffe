import type { SnapshotInfo } from '../../shared/protocol/api';

/** How a snapshot is named in lists and on its page. */

export function snapshotKind(info: Pick<SnapshotInfo, 'auto'>): string {
  return info.auto ? 'Automatic (step change)' : 'Manual';
}

/**
 * The time a snapshot was taken, in the reader's locale and time zone; today's only by
 * the clock.
 *
 * @example snapshotTime(Date.parse('2026-11-23T09:30:00'), new Date('2026-11-23T12:00:00'), 'en-GB') // '09:30'
 */
export function snapshotTime(createdAt: number, now: Date = new Date(), locale?: string): string {
  const taken = new Date(createdAt);
  const sameDay = taken.toDateString() === now.toDateString();
  return sameDay
    ? taken.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })
    : taken.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}
