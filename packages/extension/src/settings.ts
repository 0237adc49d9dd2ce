/** The extension's settings: `chiso.language` (vi | en | auto), `chiso.strict` and `chiso.surveyNotes`. */
import { env, workspace } from 'vscode';
import { extensionText, type ExtensionTextArgs, type ExtensionTextCode } from './texts.js';

export type ChisoLanguage = 'vi' | 'en';

/** The language of the server and of the extension's own texts: the setting (default vi), or VS Code's display language under `auto`. */
export function effectiveLanguage(): ChisoLanguage {
    const setting = workspace.getConfiguration('chiso').get<string>('language', 'vi');
    if (setting === 'vi' || setting === 'en') return setting;
    return env.language.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/** One of the extension's texts in the language of `chiso.language`. */
export function t<C extends ExtensionTextCode>(code: C, ...args: ExtensionTextArgs<C>): string {
    return extensionText(effectiveLanguage(), code, ...args);
}

/** Whether survey-sourced items are listed in the Problems view (their italics and hovers stay either way). */
export function surveyNotes(): boolean {
    return workspace.getConfiguration('chiso').get<boolean>('surveyNotes', true);
}

export function isStrict(): boolean {
    return workspace.getConfiguration('chiso').get<boolean>('strict', false);
}
