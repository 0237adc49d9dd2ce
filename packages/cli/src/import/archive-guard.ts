/**
 * An XLSX is a ZIP archive: before the workbook reader inflates it, refuse archives that would
 * expand past a safe size — zip bombs — or that are not archives at all. The central directory
 * (entry sizes, with yauzl) is checked first; then every entry is inflated as a stream and
 * thrown away, because the declared sizes are only claims: yauzl stops an entry that inflates
 * past its declared size, and the total is counted as it streams. Nothing is held in memory.
 */
import yauzl from 'yauzl';

export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
const MAX_EXPANDED_BYTES = 200 * 1024 * 1024;
/** The workbook reader holds each entry (a sheet's XML) in memory as one string. */
const MAX_ENTRY_BYTES = 100 * 1024 * 1024;
const MAX_RATIO = 100;
const MAX_ENTRIES = 10_000;

export type ArchiveVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: 'not-archive' | 'too-large' };

export function inspectArchive(bytes: Buffer): Promise<ArchiveVerdict> {
    return new Promise(resolve => {
        yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
            if (error || !zip) return resolve({ ok: false, reason: 'not-archive' });
            let expanded = 0, inflated = 0, entries = 0, done = false;
            const finish = (verdict: ArchiveVerdict, close = true) => {
                if (done) return;
                done = true;
                // After 'end' or 'error' yauzl has closed the archive itself.
                if (close) zip.close();
                resolve(verdict);
            };
            zip.on('entry', (entry: yauzl.Entry) => {
                expanded += entry.uncompressedSize;
                entries++;
                const ratio = entry.compressedSize > 0 ? entry.uncompressedSize / entry.compressedSize : entry.uncompressedSize > 0 ? Infinity : 1;
                if (expanded > MAX_EXPANDED_BYTES || entries > MAX_ENTRIES || entry.uncompressedSize > MAX_ENTRY_BYTES || (ratio > MAX_RATIO && entry.uncompressedSize > 1024 * 1024)) {
                    return finish({ ok: false, reason: 'too-large' });
                }
                if (entry.fileName.endsWith('/')) return zip.readEntry();
                zip.openReadStream(entry, (streamError, stream) => {
                    if (streamError || !stream) return finish({ ok: false, reason: 'not-archive' });
                    stream.on('data', (chunk: Buffer) => {
                        inflated += chunk.length;
                        if (inflated > MAX_EXPANDED_BYTES) {
                            stream.destroy();
                            finish({ ok: false, reason: 'too-large' });
                        }
                    });
                    // yauzl's size validation: more bytes than the entry declared.
                    stream.on('error', (e: Error) => finish({ ok: false, reason: /too many bytes/.test(e.message) ? 'too-large' : 'not-archive' }));
                    stream.on('end', () => {
                        if (!done) zip.readEntry();
                    });
                });
            });
            zip.on('end', () => finish({ ok: true }, false));
            zip.on('error', () => finish({ ok: false, reason: 'not-archive' }, false));
            zip.readEntry();
        });
    });
}
