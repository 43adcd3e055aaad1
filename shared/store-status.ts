// What the app knows about its data file and its backups: shown in Settings, and as a plain
// warning across every screen when the file cannot be trusted.

export const backupReasons = ['start', 'migration', 'hourly', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof backupReasons)[number];

export type BackupInfo = {
  /** The file's name in the backups folder: how a backup is chosen for a restore. */
  name: string;
  /** ISO date-time (UTC) the copy was taken. */
  createdAt: string;
  reason: BackupReason;
  bytes: number;
};

export type StoreStatus = {
  /**
   * ok: saving as usual. damaged: the file failed its check; it is read, never written, and a copy
   * of it was kept aside. missing: the file is gone or empty where data was expected; nothing was
   * created in its place. read-only: the folder cannot be written to.
   */
  state: 'ok' | 'damaged' | 'missing' | 'read-only';
  /** For the secretary, when the state is not ok. */
  message: string;
  dataFile: string;
  backupsFolder: string;
  /** Where the damaged file was copied before anything else happened. */
  keptAside: string | null;
  latestBackup: BackupInfo | null;
  /** The full integrity check that runs after opening: pending until it has finished. */
  fullCheck: 'pending' | 'ok' | 'failed' | 'not-run';
};
