/**
 * One owner at a time for the embedded database: two processes opening one PGlite folder
 * corrupt it. The owner writes its pid into `<dataDir>/owner.lock` (created exclusively); a
 * lock left by a dead process is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';
import { errors } from '../errors/index.ts';

// Folders locked by this process.
const held = new Set<string>();

export function acquireDataDirLock(dataDir: string, pid = process.pid): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'owner.lock');
  if (held.has(file)) throw errors.databaseLocked(dataDir, pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(pid), { flag: 'wx' });
      held.add(file);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        held.delete(file);
        try {
          if (fs.readFileSync(file, 'utf8') === String(pid)) fs.unlinkSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readOwner(file));
      if (Number.isInteger(owner) && owner > 0 && owner !== pid && isAlive(owner)) {
        throw errors.databaseLocked(dataDir, owner);
      }
      // A dead owner (crash, SIGKILL): the lock is stale.
      fs.rmSync(file, { force: true });
    }
  }
  throw errors.databaseLocked(dataDir, Number(readOwner(file)));
}

function readOwner(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
