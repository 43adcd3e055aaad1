import { format } from 'date-fns/format';
import type { BackupInfo, BackupReason } from '../../../shared/store-status.ts';
import { formatDate, formatTime } from '../../../shared/wording.ts';

export const backupReasonLabel: Record<BackupReason, string> = {
  start: 'when Proceedings started',
  migration: 'before an update of the file',
  hourly: 'hourly',
  manual: 'backed up by hand',
  'before-restore': 'before a restore',
};

/** "25 March 2026 at 10.05 am (2.4 MB)": local time, in the app's own wording. */
export function describeBackup(backup: BackupInfo): string {
  const at = new Date(backup.createdAt);
  return `${formatDate(format(at, 'yyyy-MM-dd'))} at ${formatTime(format(at, 'HH:mm'))} (${describeSize(backup.bytes)})`;
}

function describeSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
