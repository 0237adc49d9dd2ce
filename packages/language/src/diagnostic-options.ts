/**
 * What the client asked to be left out of the diagnostics: a set has dozens of survey-sourced
 * items, and some drafters want the Problems view for errors and warnings only. Only the
 * `chiso/survey-sourced` notes can be left out; the italics (semantic tokens) and hovers that
 * say the same stay, as they are computed from the model, not from diagnostics.
 */
export class DiagnosticOptions {
    surveyNotes = true;

    /** Reads the LSP `initializationOptions` (`{ "surveyNotes": false }`); anything else keeps the default. */
    apply(initializationOptions: unknown): void {
        this.surveyNotes = (initializationOptions as { surveyNotes?: unknown } | null | undefined)?.surveyNotes !== false;
    }
}
