/**
 * The libraries that write downloads, loaded once when the server starts instead of by the
 * first reader of each kind of file. exceljs takes about 370 ms to load and docx about 80 ms
 * (a bare Node 24 on the 2-core test machine): the first compare.xlsx, readings.xlsx or staff
 * XLSX export of a process waited for them. Loaded in the server they add about 4 MB resident
 * (260 → 264 MB on the sample site, session 27 in the README).
 */
export const DOWNLOAD_LIBRARIES = {
  exceljs: () => import('exceljs'),
  docx: () => import('docx'),
} as const;

/**
 * Loads each library; a failure goes to `onError` and leaves that library to be loaded (and
 * fail again, with its own error) by the request that needs it.
 */
export async function preloadDownloadLibraries(
  onError: (library: string, error: unknown) => void,
  libraries: Record<string, () => Promise<unknown>> = DOWNLOAD_LIBRARIES,
): Promise<void> {
  await Promise.all(
    Object.entries(libraries).map(([name, load]) =>
      load().then(
        () => undefined,
        (error: unknown) => onError(name, error),
      ),
    ),
  );
}
