/** The extension's settings: `chiso.language` (auto | vi | en) and `chiso.strict`. */
import { env, workspace } from 'vscode';

export type ChisoLanguage = 'vi' | 'en';

/** The language the server speaks: the setting, or VS Code's display language under `auto`. */
export function effectiveLanguage(): ChisoLanguage {
    const setting = workspace.getConfiguration('chiso').get<string>('language', 'auto');
    if (setting === 'vi' || setting === 'en') return setting;
    return env.language.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

export function isStrict(): boolean {
    return workspace.getConfiguration('chiso').get<boolean>('strict', false);
}

/** Exact numbers as the server sends them (`99.55`, `10/3`), with a decimal comma in Vietnamese. */
export function localNumber(text: string, language: ChisoLanguage = effectiveLanguage()): string {
    return language === 'vi' ? text.replace('.', ',') : text;
}
