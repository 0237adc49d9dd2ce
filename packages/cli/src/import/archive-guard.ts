/**
 * An XLSX is a ZIP archive: before anything inflates it, read its central directory (entry
 * sizes only, with yauzl) and refuse archives that would expand past a safe size — zip bombs —
 * or that are not archives at all.
 */
import yauzl from 'yauzl';

export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
const MAX_EXPANDED_BYTES = 200 * 1024 * 1024;
const MAX_RATIO = 100;
const MAX_ENTRIES = 10_000;

export type ArchiveVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: 'not-archive' | 'too-large' };

export function inspectArchive(bytes: Buffer): Promise<ArchiveVerdict> {
    return new Promise(resolve => {
        yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
            if (error || !zip) return resolve({ ok: false, reason: 'not-archive' });
            let expanded = 0, entries = 0;
            zip.on('entry', (entry: yauzl.Entry) => {
                expanded += entry.uncompressedSize;
                entries++;
                const ratio = entry.compressedSize > 0 ? entry.uncompressedSize / entry.compressedSize : entry.uncompressedSize > 0 ? Infinity : 1;
                if (expanded > MAX_EXPANDED_BYTES || entries > MAX_ENTRIES || (ratio > MAX_RATIO && entry.uncompressedSize > 1024 * 1024)) {
                    zip.close();
                    resolve({ ok: false, reason: 'too-large' });
                    return;
                }
                zip.readEntry();
            });
            zip.on('end', () => resolve({ ok: true }));
            zip.on('error', () => resolve({ ok: false, reason: 'not-archive' }));
            zip.readEntry();
        });
    });
}
