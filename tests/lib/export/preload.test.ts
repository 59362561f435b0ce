import { describe, expect, it } from 'vitest';
import { DOWNLOAD_LIBRARIES, preloadDownloadLibraries } from '../../../src/lib/export/preload.ts';

describe('preloading the download libraries at start-up', () => {
  it('loads exceljs and docx, the libraries of the xlsx and docx downloads', async () => {
    expect(Object.keys(DOWNLOAD_LIBRARIES).sort()).toEqual(['docx', 'exceljs']);
    const errors: string[] = [];
    await preloadDownloadLibraries((name) => errors.push(name));
    expect(errors).toEqual([]);
  });

  it('reports a library that fails to load, loads the others and rejects nothing', async () => {
    const loaded: string[] = [];
    const errors: string[] = [];
    await preloadDownloadLibraries((name, error) => errors.push(`${name}: ${String(error)}`), {
      broken: () => Promise.reject(new Error('missing')),
      fine: async () => void loaded.push('fine'),
    });
    expect(loaded).toEqual(['fine']);
    expect(errors).toEqual(['broken: Error: missing']);
  });
});
