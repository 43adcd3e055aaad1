import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../../shared/errors.ts';

/**
 * Writes a file so that the target is either the old file or the whole new one, never half:
 * the bytes go to a temporary file in the same folder (so the rename cannot cross disks), are
 * flushed, and the temporary file is renamed over the target. Any failure removes the temporary file.
 */
export function writeFileAtomically(targetPath: string, data: Uint8Array | string): number {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const name = basename(targetPath);
  // Hidden and unmistakable, so a crash that leaves one behind does not look like the real file.
  const temporary = join(dirname(targetPath), `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  let descriptor: number | null = null;
  try {
    descriptor = openSync(temporary, 'wx');
    let written = 0;
    while (written < bytes.length) written += writeSync(descriptor, bytes, written, bytes.length - written);
    fsyncSync(descriptor);
    closeSync(descriptor);
    descriptor = null;
    renameSync(temporary, targetPath);
    return bytes.length;
  } catch (error) {
    if (descriptor !== null) closeSync(descriptor);
    rmSync(temporary, { force: true });
    throw fileError(error, targetPath);
  }
}

/** Why the file could not be written, in words the secretary can act on. */
export function fileError(error: unknown, targetPath: string): ApiError {
  const name = basename(targetPath);
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'EBUSY':
    case 'EPERM':
    case 'ETXTBSY':
      return new ApiError('file-unwritable', `“${name}” could not be saved: it is open in another program, such as Word. Close it there and try again, or choose another name.`);
    case 'EACCES':
    case 'EROFS':
      return new ApiError('file-unwritable', `“${name}” could not be saved: Proceedings is not allowed to write in that folder. Choose another folder.`);
    case 'ENOENT':
    case 'ENOTDIR':
      return new ApiError('file-unwritable', `“${name}” could not be saved: the folder no longer exists. Choose another folder.`);
    case 'EISDIR':
      return new ApiError('file-unwritable', `“${name}” could not be saved: there is a folder with that name. Choose another name.`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new ApiError('disk-full', `“${name}” could not be saved: the disk is full.`);
    default:
      return new ApiError('file-unwritable', `“${name}” could not be saved (${code || 'unknown error'}). Choose another folder or try again.`);
  }
}
