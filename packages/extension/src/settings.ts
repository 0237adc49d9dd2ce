/** The extension's settings: `chiso.language` (vi | en | auto), `chiso.strict` and `chiso.surveyNotes`. */
import { env, workspace, type Uri } from 'vscode';
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

/**
 * Whether survey-sourced items are listed in the Problems view (their italics and hovers stay
 * either way), for the file or workspace folder at `scope` (a `resource` setting a folder can pin).
 */
export function surveyNotes(scope?: Uri): boolean {
    return workspace.getConfiguration('chiso', scope).get<boolean>('surveyNotes', true);
}

/** Whether warnings show as errors for the file at `scope` (a `resource` setting a folder can pin). */
export function isStrict(scope?: Uri): boolean {
    return workspace.getConfiguration('chiso', scope).get<boolean>('strict', false);
}
