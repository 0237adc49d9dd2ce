/** Where points come from: appraisal, survey, specialist, and the declared split. */
import type { Arg } from '../i18n/texts.js';
import { defineRule, type Bilingual } from './rule.js';
import { BOUND_EN, BOUND_VI, en, type TypoArgs, typoSentenceEn, typoSentenceVi, upperFirst } from '../i18n/message-helpers.js';
import type { SuspectData } from './sums.js';

const WHY_SOURCE: Bilingual = {
    vi: 'Quyết định công bố bao nhiêu điểm do thẩm định, bao nhiêu do điều tra xã hội học (SIPAS, PAPI); cơ cấu điểm không khớp cây tiêu chí thì công bố một tỷ trọng mà chấm theo tỷ trọng khác.',
    en: 'The decision announces how many points come from appraisal and how many from surveys (SIPAS, PAPI); a split the tree does not match publishes one weighting and scores another.',
};

export const SOURCE_RULES = {
    'split-mismatch': defineRule<{ scope: Arg; kinds: Arg; bound?: Arg; actual: Arg; expected: Arg; difference: Arg } & TypoArgs, { expected?: string; actual?: string; suspects?: SuspectData[] }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Số điểm của một nguồn (hoặc nhóm nguồn) khác cơ cấu điểm khai báo (`split`), cho cả bộ hoặc từng mục.',
                en: 'Points of a source (or group of sources) that differ from the declared `split`, set-wide or per item.',
            },
            why: WHY_SOURCE,
            fix: {
                vi: 'Sửa cơ cấu điểm theo quyết định, hoặc sửa `source` của các mục bị xếp nhầm nguồn.',
                en: 'Correct the split to what the decision states, or the `source` of the items that are misclassified.',
            },
            fixed: ['appraisal 67', 'appraisal 66'],
        },
        fixes: ['fix-split'],
        vi: a => `${upperFirst(a.scope)}: điểm từ nguồn ${a.kinds} là ${BOUND_VI[a.bound] ?? ''}${a.actual}${a.bound ? ' (kể cả điểm của các mục dàn ý chưa rõ nguồn)' : ''}, khác số khai báo ${a.expected} (chênh lệch ${a.difference}).${typoSentenceVi(a)}`,
        en: a => `${upperFirst(a.scope)}: points sourced from ${a.kinds} add up to ${BOUND_EN[a.bound] ?? ''}${a.actual}${a.bound ? ' (counting outline items whose source is not known yet)' : ''}, not the declared ${a.expected} (difference ${a.difference}).${typoSentenceEn(a)}`,
    }),
    'split-total': defineRule<{ actual: Arg; expected: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Cơ cấu điểm đầy đủ (có `appraisal`) mà các phần không cộng lại bằng tổng điểm, hoặc cơ cấu một phần vượt tổng điểm.',
                en: 'A complete split (one naming `appraisal`) whose parts do not add up to the total, or a partial one that exceeds it.',
            },
            why: WHY_SOURCE,
            fix: { vi: 'Sửa các phần cho cộng lại bằng tổng điểm theo quyết định.', en: 'Make the parts add up to the total as the decision states.' },
            fixed: ['appraisal 67', 'appraisal 66'],
        },
        vi: a => `Các phần của cơ cấu điểm cộng lại ${a.actual}, khác tổng điểm ${a.expected}.`,
        en: a => `The split's parts add up to ${a.actual}, not the total of ${a.expected}.`,
    }),
    'split-repeated-kind': defineRule<{ kind: Arg }>()({
        severity: 'error',
        docs: {
            catches: { vi: 'Một nguồn điểm có mặt ở hai phần của cơ cấu điểm.', en: 'A source named in two parts of a split.' },
            why: {
                vi: 'Mỗi điểm đến từ một nguồn; tính ở hai phần thì cơ cấu điểm không thể so được với cây tiêu chí.',
                en: 'Each point comes from one source; counted in two parts, the split could never be compared with the tree.',
            },
            fix: { vi: 'Gộp hai phần thành một.', en: 'Merge the two parts into one.' },
            fixed: ['split { appraisal 50  appraisal 50 }', 'split { appraisal 100 }'],
        },
        vi: a => `Nguồn “${a.kind}” đã có trong một phần khác của cơ cấu điểm.`,
        en: a => `The source “${a.kind}” is already in another part of the split.`,
    }),
    'survey-in-appraisal-item': defineRule<{ scope: Arg; item: Arg; points: Arg; survey: Arg }>()({
        severity: 'error',
        docs: {
            catches: {
                vi: 'Điểm điều tra xã hội học nằm trong một mục mà cơ cấu điểm riêng của nó nói là không có.',
                en: 'Survey points inside an item whose own split says it has none.',
            },
            why: WHY_SOURCE,
            fix: { vi: 'Sửa `split` của mục, hoặc `source` của mục con.', en: 'Correct the item\'s `split`, or the `source` of the child.' },
            fixed: ['split { appraisal 100 }', 'split { appraisal 60  survey 40 }'],
        },
        vi: a => `${upperFirst(a.scope)} khai báo không có điểm điều tra xã hội học, nhưng ${a.item} lấy ${a.points} điểm từ cuộc điều tra ${a.survey}.`,
        en: a => `${upperFirst(a.scope)} declares no survey points, but ${a.item} takes ${en(a.points, 'point')} from the survey ${a.survey}.`,
    }),
    'survey-sourced': defineRule<{ item: Arg; points: Arg; survey: Arg; inherited: Arg }>()({
        severity: 'info',
        docs: {
            catches: {
                vi: 'Ghi chú ở mọi mục được chấm qua điều tra xã hội học, nêu tên cuộc điều tra (`chiso check --notes` liệt kê; trình soạn thảo in nghiêng).',
                en: 'A note on every item scored from a survey, naming the survey (listed by `chiso check --notes`, shown in italics in the editor).',
            },
            why: {
                vi: 'Điểm điều tra không do hội đồng thẩm định chấm; người duyệt kiểm tra đúng các mục quyết định nêu là chấm qua điều tra.',
                en: 'Survey points are not assessed by the appraisal council; reviewers check that exactly the items the decision names are survey-sourced.',
            },
            fix: {
                vi: 'Không cần sửa: đây là ghi chú. Tắt trong trình soạn thảo bằng `chiso.surveyNotes`.',
                en: 'Nothing to fix: it is a note. Turn it off in the editor with `chiso.surveyNotes`.',
            },
        },
        vi: a => `${upperFirst(a.item)} (${a.points} điểm) được chấm qua cuộc điều tra ${a.survey}${a.inherited}.`,
        en: a => `${upperFirst(a.item)} (${en(a.points, 'point')}) is scored from the survey ${a.survey}${a.inherited}.`,
    }),
};
