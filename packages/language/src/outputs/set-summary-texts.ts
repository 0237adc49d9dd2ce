/** The fragments of a set's summary line (set-summary.ts), joined by ` · `. */
import { en } from '../i18n/message-helpers.js';
import { defineText, renderText, type Arg, type ArgList, type ArgsOf, type Lang } from '../i18n/texts.js';

export const SUMMARY_TEXTS = {
    'set-total': defineText<{ sum: Arg; total: Arg; mark?: Arg; declared: Arg }>()({
        vi: a => `Σ ${a.sum}/${a.total}${a.mark ? ` ${a.mark}` : ''}${a.declared === 'yes' ? '' : ' (tổng điểm mặc định)'}`,
        en: a => `Σ ${a.sum}/${a.total}${a.mark ? ` ${a.mark}` : ''}${a.declared === 'yes' ? '' : ' (default total)'}`,
    }),
    'set-counts': defineText<{ domains: Arg; criteria: Arg; components: Arg }>()({
        vi: a => `${a.domains} lĩnh vực, ${a.criteria} tiêu chí, ${a.components} tiêu chí thành phần`,
        en: a => `${en(a.domains, 'domain')}, ${en(a.criteria, 'criterion', 'criteria')}, ${en(a.components, 'component')}`,
    }),
    'set-survey-items': defineText<{ count: Arg; points: Arg }>()({
        vi: a => `${a.count} mục chấm qua ĐTXHH (${a.points} điểm)`,
        en: a => `${en(a.count, 'survey-sourced item')} (${en(a.points, 'point')})`,
    }),
};

export type SummaryTextCode = keyof typeof SUMMARY_TEXTS;

export function renderSummaryText<C extends SummaryTextCode>(lang: Lang, code: C, ...[args]: ArgList<ArgsOf<(typeof SUMMARY_TEXTS)[C]>>): string {
    return renderText(SUMMARY_TEXTS[code], lang, args);
}
