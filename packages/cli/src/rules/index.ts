/**
 * The commands' own rules: problems with the files they read and write, importing and scoring,
 * each a `chiso/<code>` finding with typed arguments and a page under docs/rules, like the checker's.
 */
import { renderText, ruleDocUrl, ruleOfCode, ruleUnit, type ArgList, type ArgsOf, type AnyRule, type Lang } from '@chiso/language/i18n';
import { IMPORT_RULES } from './import.js';
import { INPUT_RULES } from './inputs.js';
import { OUTPUT_RULES } from './outputs.js';
import { SCORING_RULES } from './scoring.js';
import { WORKBOOK_RULES } from './workbooks.js';

export const COMMAND_RULES = {
    ...INPUT_RULES,
    ...OUTPUT_RULES,
    ...IMPORT_RULES,
    ...SCORING_RULES,
    ...WORKBOOK_RULES,
};

export type CommandCode = keyof typeof COMMAND_RULES;
export type CommandArgs<C extends CommandCode> = ArgsOf<(typeof COMMAND_RULES)[C]>;

export function commandCode(code: CommandCode): string {
    return `chiso/${code}`;
}

export function renderCommandMessage<C extends CommandCode>(lang: Lang, code: C, ...[args]: ArgList<CommandArgs<C>>): string {
    return renderText(COMMAND_RULES[code] , lang, args);
}

/** The unit of any finding's code, the checker's or a command's (`chiso/split-total`, `chiso/input-missing`). */
export function findingRule(code: string): AnyRule | undefined {
    const checked = ruleOfCode(code);
    if (checked) return ruleUnit(checked);
    const own = code.slice('chiso/'.length);
    return own in COMMAND_RULES ? COMMAND_RULES[own as CommandCode] : undefined;
}

/** The page of a finding's code, when it is a rule's (docs/rules). */
export function findingDocUrl(code: string, lang: Lang): string | undefined {
    return findingRule(code) ? ruleDocUrl(code.slice('chiso/'.length), lang) : undefined;
}

/** The concerns, as the rule pages' index groups them. */
export const COMMAND_CONCERNS = [
    { title: { vi: 'Tệp đầu vào', en: 'Input files' }, rules: INPUT_RULES },
    { title: { vi: 'Đầu ra của các lệnh', en: 'Command outputs' }, rules: OUTPUT_RULES },
    { title: { vi: 'Nhập bảng phụ lục', en: 'Importing an annex' }, rules: IMPORT_RULES },
    { title: { vi: 'Chấm điểm', en: 'Scoring' }, rules: SCORING_RULES },
    { title: { vi: 'Biểu mẫu và thư mục kết quả', en: 'Forms and results folders' }, rules: WORKBOOK_RULES },
] as const;
