/**
 * What the client asked to be left out of the diagnostics: a set has dozens of survey-sourced
 * items, and some drafters want the Problems view for errors and warnings only. Only the
 * `chiso/survey-sourced` notes can be left out; the italics (semantic tokens) and hovers that
 * say the same stay, as they are computed from the model, not from diagnostics. A workspace
 * folder may say otherwise than the window (a province pins it in its repository's settings).
 */
export class DiagnosticOptions {
    private surveyNotesDefault = true;
    /** Workspace folder URIs (each ending in `/`) with their own choice, the innermost first. */
    private surveyNotesByFolder: Array<[folder: string, notes: boolean]> = [];

    /**
     * Reads the LSP `initializationOptions`:
     * `{ "surveyNotes": false, "folders": { "file:///ws/a": { "surveyNotes": true } } }`;
     * a folder without a boolean of its own follows the window; anything else keeps the default
     * (notes reported).
     */
    apply(initializationOptions: unknown): void {
        const options = initializationOptions as { surveyNotes?: unknown; folders?: unknown } | null | undefined;
        this.surveyNotesDefault = options?.surveyNotes !== false;
        const folders = typeof options?.folders === 'object' && options.folders !== null ? Object.entries(options.folders) : [];
        this.surveyNotesByFolder = folders
            .map(([folder, settings]): [string, unknown] => [folder.endsWith('/') ? folder : folder + '/', (settings as { surveyNotes?: unknown } | null)?.surveyNotes])
            .filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean')
            .sort(([a], [b]) => b.length - a.length);
    }

    /** Whether the survey-sourced notes of the document at `uri` are reported: its folder's choice, else the window's. */
    surveyNotes(uri: string): boolean {
        return this.surveyNotesByFolder.find(([folder]) => uri.startsWith(folder))?.[1] ?? this.surveyNotesDefault;
    }
}
