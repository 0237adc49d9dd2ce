/**
 * The editor's texts besides diagnostics: quick-fix titles, completion details, hovers, inlay-hint
 * tooltips and outline details. Code shown in backticks is passed as text, so it reads as written
 * (`total 7.5`); exact numbers read per language.
 */
import { en, upperFirst } from './message-helpers.js';
import { defineText, renderText, type Arg, type ArgList, type ArgsOf, type Lang } from './texts.js';

export const EDITOR_TEXTS = {
    // ── the protocol (src/lsp/connection-guard.ts) ─────────────────────────────────────────
    'lsp-not-initialized': defineText()({
        vi: () => `Máy chủ ngôn ngữ chưa được khởi tạo: hãy gửi \`initialize\` trước.`,
        en: () => `The language server is not initialized: send \`initialize\` first.`,
    }),
    'lsp-initialized-twice': defineText()({
        vi: () => `Máy chủ ngôn ngữ đã được khởi tạo; \`initialize\` chỉ được gửi một lần.`,
        en: () => `The language server is already initialized; \`initialize\` may be sent only once.`,
    }),
    // ── hovers, inlay hints, outline (src/lsp) ──────────────────────────────────────────────
    'points': defineText<{ points: Arg }>()({
        vi: a => `${a.points} điểm`,
        en: a => en(a.points, 'point'),
    }),
    'hover-max': defineText<{ max: Arg; min?: Arg }>()({
        vi: a => `Điểm tối đa: ${a.max}${a.min ? ` (tối thiểu ${a.min})` : ''}`,
        en: a => `Max points: ${a.max}${a.min ? ` (min ${a.min})` : ''}`,
    }),
    'hover-classes': defineText<{ places: Arg }>()({
        vi: a => `**Xếp loại** theo chỉ số công bố (làm tròn đến ${a.places} chữ số thập phân):`,
        en: a => `**Classes** by the published index (rounded to ${a.places} decimal places):`,
    }),
    'hover-unclassified': defineText<{ range: Arg }>()({
        vi: a => `${a.range}: không xếp loại`,
        en: a => `${a.range}: unclassified`,
    }),
    'hover-syntax-errors': defineText()({
        vi: () => `_Tệp có lỗi cú pháp: các tổng và các kiểm tra khác sẽ chạy lại khi lỗi cú pháp được sửa._`,
        en: () => `_The file has syntax errors: sums and the other checks resume once they are fixed._`,
    }),
    'hover-children-sum': defineText<{ actual: Arg; max: Arg; mark: Arg }>()({
        vi: a => `Σ mục con ${a.actual} / ${a.max} ${a.mark}`,
        en: a => `Σ children ${a.actual} / ${a.max} ${a.mark}`,
    }),
    // Beside outlines whose points were not published, sums are lower bounds.
    'hover-points-unknown': defineText()({
        vi: () => `Điểm tối đa: chưa công bố (mục dàn ý)`,
        en: () => `Max points: not published yet (outline item)`,
    }),
    'hover-children-partial': defineText<{ actual: Arg; max: Arg; mark?: Arg; unknown: Arg }>()({
        vi: a => `Σ mục con ≥ ${a.actual} / ${a.max}${a.mark ? ` ${a.mark}` : ''}: chưa rõ điểm của ${a.unknown} mục`,
        en: a => `Σ children ≥ ${a.actual} / ${a.max}${a.mark ? ` ${a.mark}` : ''}: the points of ${a.unknown} ${a.unknown === '1' ? 'item are' : 'items are'} not known`,
    }),
    'hover-domains-partial': defineText<{ actual: Arg; total: Arg; mark?: Arg; unknown: Arg }>()({
        vi: a => `Σ lĩnh vực ≥ ${a.actual} / ${a.total}${a.mark ? ` ${a.mark}` : ''}: chưa rõ điểm của ${a.unknown} lĩnh vực`,
        en: a => `Σ domains ≥ ${a.actual} / ${a.total}${a.mark ? ` ${a.mark}` : ''}: the points of ${a.unknown} ${a.unknown === '1' ? 'domain are' : 'domains are'} not known`,
    }),
    'hover-domains-sum': defineText<{ actual: Arg; total: Arg; mark: Arg }>()({
        vi: a => `Σ lĩnh vực ${a.actual} / ${a.total} ${a.mark}`,
        en: a => `Σ domains ${a.actual} / ${a.total} ${a.mark}`,
    }),
    'outline-domains': defineText<{ count: Arg }>()({
        vi: a => `${a.count} lĩnh vực`,
        en: a => `${a.count} ${a.count === '1' ? 'domain' : 'domains'}`,
    }),
    'outline-criteria': defineText<{ count: Arg }>()({
        vi: a => `${a.count} tiêu chí`,
        en: a => `${a.count} ${a.count === '1' ? 'criterion' : 'criteria'}`,
    }),
    'outline-components': defineText<{ count: Arg }>()({
        vi: a => `${a.count} tiêu chí thành phần`,
        en: a => `${a.count} ${a.count === '1' ? 'component' : 'components'}`,
    }),
    'outline-item': defineText<{ remaining: Arg }>()({
        vi: a => `Dàn ý: còn ${a.remaining} chưa viết`,
        en: a => `Outline: ${a.remaining} not yet written`,
    }),
    'outline-set': defineText<{ items: Arg; remaining?: Arg }>()({
        vi: a => `Dàn ý: ${a.items} mục chưa chi tiết${a.remaining ? `, còn ${a.remaining} chưa viết` : ''}`,
        en: a => `Outline: ${a.items} ${a.items === '1' ? 'item' : 'items'} not yet detailed${a.remaining ? `, ${a.remaining} not yet written` : ''}`,
    }),
    'outline-header-only': defineText<{ remaining?: Arg }>()({
        vi: a => `Dàn ý: mới có phần khai báo chung, chưa có lĩnh vực nào${a.remaining ? `; còn ${a.remaining} chưa viết` : ''}`,
        en: a => `Outline: only the header is written, no domains yet${a.remaining ? `; ${a.remaining} not yet written` : ''}`,
    }),
    'outline-points-unknown': defineText<{ count: Arg }>()({
        vi: a => `chưa rõ điểm của ${a.count} mục`,
        en: a => `the points of ${a.count} ${a.count === '1' ? 'item are' : 'items are'} not known`,
    }),
    'outline-short': defineText<{ headerOnly?: Arg; remaining?: Arg }>()({
        vi: a => `${a.headerOnly ? 'chưa có lĩnh vực' : 'dàn ý'}${a.remaining ? `: còn ${a.remaining}` : ''}`,
        en: a => `${a.headerOnly ? 'no domains yet' : 'outline'}${a.remaining ? `: ${a.remaining} to write` : ''}`,
    }),
    'hover-share': defineText<{ share: Arg }>()({
        vi: a => `${a.share}% tổng điểm của bộ tiêu chí`,
        en: a => `${a.share}% of the set's total`,
    }),
    'hover-outside-total': defineText()({
        vi: () => `Điểm trừ, nằm ngoài tổng điểm của bộ tiêu chí`,
        en: () => `Deducted points, outside the set's total`,
    }),
    'hover-source': defineText<{ source: Arg; from?: Arg }>()({
        vi: a => `Nguồn điểm: ${a.source}${a.from ? `, kế thừa từ ${a.from}` : ''}`,
        en: a => `Source: ${a.source}${a.from ? `, inherited from ${a.from}` : ''}`,
    }),
    'hover-source-default': defineText<{ source: Arg }>()({
        vi: a => `Nguồn điểm: ${a.source} (mặc định)`,
        en: a => `Source: ${a.source} (default)`,
    }),
    'hover-by-source': defineText<{ parts: Arg }>()({
        vi: a => `Theo nguồn: ${a.parts}`,
        en: a => `By source: ${a.parts}`,
    }),
    'hover-evidence': defineText<{ list: Arg }>()({
        vi: a => `Tài liệu kiểm chứng: ${a.list}`,
        en: a => `Evidence: ${a.list}`,
    }),
    'hover-lead': defineText<{ list: Arg }>()({
        vi: a => `Cơ quan chủ trì: ${a.list}`,
        en: a => `Lead: ${a.list}`,
    }),
    'hover-coordinating': defineText<{ list: Arg }>()({
        vi: a => `Cơ quan phối hợp: ${a.list}`,
        en: a => `Coordinating: ${a.list}`,
    }),
    'hover-exempt': defineText<{ list: Arg }>()({
        vi: a => `Không giao cho (miễn, không tính vào điểm tối đa): ${a.list}`,
        en: a => `Not assigned to (exempt, left out of their max): ${a.list}`,
    }),
    'hover-note': defineText<{ text: Arg }>()({
        vi: a => `Ghi chú: ${a.text}`,
        en: a => `Note: ${a.text}`,
    }),
    'hover-decision': defineText<{ number: Arg; date?: Arg }>()({
        vi: a => `Quyết định số ${a.number}${a.date ? ` ngày ${a.date}` : ''}`,
        en: a => `Decision ${a.number}${a.date ? ` of ${a.date}` : ''}`,
    }),
    'hover-conducted-by': defineText<{ agency: Arg }>()({
        vi: a => `Đơn vị thực hiện: ${a.agency}`,
        en: a => `Conducted by: ${a.agency}`,
    }),
    'hover-period': defineText<{ from: Arg; to: Arg }>()({
        vi: a => `Thời gian: từ ${a.from} đến ${a.to}`,
        en: a => `Period: ${a.from} to ${a.to}`,
    }),
    'hover-questions': defineText<{ count: Arg }>()({
        vi: a => `${a.count} câu hỏi cho mỗi người trả lời`,
        en: a => `${en(a.count, 'question')} per respondent`,
    }),
    'hover-sample': defineText<{ title?: Arg; total: Arg }>()({
        vi: a => `Mẫu khảo sát${a.title ? ` “${a.title}”` : ''}: ${a.total} người`,
        en: a => `Sample${a.title ? ` “${a.title}”` : ''}: ${en(a.total, 'respondent')}`,
    }),
    'hover-sample-groups': defineText<{ actual: Arg; total: Arg; mark: Arg }>()({
        vi: a => `Σ nhóm ${a.actual} / ${a.total} ${a.mark}`,
        en: a => `Σ groups ${a.actual} / ${a.total} ${a.mark}`,
    }),
    'hover-no-sample': defineText()({
        vi: () => `Chưa khai báo mẫu khảo sát.`,
        en: () => `No sample declared.`,
    }),
    'hover-survey-use': defineText<{ set: Arg; count: Arg; points: Arg }>()({
        vi: a => `Dùng cho ${a.set}: ${a.count} mục, ${a.points} điểm`,
        en: a => `Used by ${a.set}: ${en(a.count, 'item')}, ${en(a.points, 'point')}`,
    }),
    'hover-agency-use': defineText<{ lead: Arg; coordinating: Arg }>()({
        vi: a => `Chủ trì ${a.lead} mục, phối hợp ${a.coordinating} mục trong thư mục này`,
        en: a => `Leads ${en(a.lead, 'item')} and coordinates ${a.coordinating} in this folder`,
    }),
    'rule-bands': defineText<{ label?: Arg }>()({
        vi: a => `Chấm điểm theo tỷ lệ${a.label ? ` “${a.label}”` : ''}:`,
        en: a => `Scored by percentage${a.label ? ` “${a.label}”` : ''}:`,
    }),
    'rule-tiers': defineText<{ label?: Arg }>()({
        vi: a => `Chấm điểm theo số lượng${a.label ? ` “${a.label}”` : ''}:`,
        en: a => `Scored by count${a.label ? ` “${a.label}”` : ''}:`,
    }),
    'rule-choice': defineText<{ label?: Arg }>()({
        vi: a => `Chấm điểm theo phương án${a.label ? ` “${a.label}”` : ''}:`,
        en: a => `Scored by choice${a.label ? ` “${a.label}”` : ''}:`,
    }),
    'rule-deduct': defineText<{ max: Arg; amount: Arg; unit: Arg; floor: Arg }>()({
        vi: a => `Chấm điểm trừ: ${a.max} điểm, trừ ${a.amount} điểm cho mỗi ${a.unit}, thấp nhất ${a.floor} điểm`,
        en: a => `Scored by deduction: ${en(a.max, 'point')}, ${a.amount} off per ${a.unit}, never below ${a.floor}`,
    }),
    'rule-deduct-taken-off': defineText<{ amount: Arg; unit: Arg; most: Arg }>()({
        vi: a => `Chấm điểm trừ: trừ ${a.amount} điểm cho mỗi ${a.unit}, trừ tối đa ${a.most} điểm`,
        en: a => `Scored by deduction: ${a.amount} off per ${a.unit}, at most ${en(a.most, 'point')} off`,
    }),
    'rule-proportional': defineText<{ label?: Arg; max: Arg }>()({
        vi: a => `Chấm điểm theo tỷ lệ${a.label ? ` “${a.label}”` : ''}: điểm = tỷ lệ đạt được (%) × ${a.max} / 100`,
        en: a => `Scored proportionally${a.label ? ` to “${a.label}”` : ''}: points = percentage achieved × ${a.max} / 100`,
    }),
    'rule-formula': defineText<{ formula: Arg }>()({
        vi: a => `Chấm điểm theo công thức: ${a.formula}`,
        en: a => `Scored by formula: ${a.formula}`,
    }),
    'rule-formula-input': defineText<{ name: Arg; title?: Arg; range: Arg }>()({
        vi: a => `${a.name}${a.title ? `: ${a.title}` : ''} (${a.range})`,
        en: a => `${a.name}${a.title ? `: ${a.title}` : ''} (${a.range})`,
    }),
    'rule-formula-where': defineText<{ constraint: Arg }>()({
        vi: a => `với điều kiện ${a.constraint}`,
        en: a => `provided ${a.constraint}`,
    }),
    'annex-deduct': defineText<{ amount: Arg; unit: Arg; floor: Arg }>()({
        vi: a => `trừ ${a.amount} điểm mỗi ${a.unit}, thấp nhất ${a.floor} điểm`,
        en: a => `${a.amount} off per ${a.unit}, not below ${a.floor}`,
    }),
    // In a deduction group an item's points are those taken off: 1 per violation, up to max − floor.
    'annex-deduct-taken-off': defineText<{ amount: Arg; unit: Arg; most: Arg }>()({
        vi: a => `trừ ${a.amount} điểm mỗi ${a.unit}, trừ tối đa ${a.most} điểm`,
        en: a => `${a.amount} off per ${a.unit}, at most ${a.most} off`,
    }),
    'annex-proportional': defineText<{ label?: Arg }>()({
        vi: a => `điểm = tỷ lệ đạt được × điểm tối đa${a.label ? ` (${a.label})` : ''}`,
        en: a => `points = share achieved × max points${a.label ? ` (${a.label})` : ''}`,
    }),
    'annex-formula': defineText<{ formula: Arg }>()({
        vi: a => `điểm = ${a.formula}`,
        en: a => `points = ${a.formula}`,
    }),
    'annex-formula-inputs': defineText<{ inputs: Arg }>()({
        vi: a => `trong đó ${a.inputs}`,
        en: a => `where ${a.inputs}`,
    }),
    'annex-formula-where': defineText<{ constraint: Arg }>()({
        vi: a => `với điều kiện ${a.constraint}`,
        en: a => `provided ${a.constraint}`,
    }),
    'band-between': defineText<{ lowerInclusive: Arg; lower: Arg; upperInclusive: Arg; upper: Arg }>()({
        vi: a => `${a.lowerInclusive === 'yes' ? 'từ' : 'trên'} ${a.lower} đến ${a.upperInclusive === 'yes' ? '' : 'dưới '}${a.upper}`,
        en: a => `${a.lowerInclusive === 'yes' ? 'from' : 'above'} ${a.lower} to ${a.upperInclusive === 'yes' ? '' : 'below '}${a.upper}`,
    }),
    'band-from': defineText<{ value: Arg }>()({
        vi: a => `từ ${a.value} trở lên`,
        en: a => `${a.value} or more`,
    }),
    'band-above': defineText<{ value: Arg }>()({
        vi: a => `trên ${a.value}`,
        en: a => `above ${a.value}`,
    }),
    'band-up-to': defineText<{ value: Arg }>()({
        vi: a => `từ ${a.value} trở xuống`,
        en: a => `${a.value} or less`,
    }),
    'band-below': defineText<{ value: Arg }>()({
        vi: a => `dưới ${a.value}`,
        en: a => `below ${a.value}`,
    }),
    'hint-sum': defineText()({
        vi: () => `Tổng điểm tối đa của các mục con (≠: khác điểm tối đa khai báo)`,
        en: () => `Sum of the children's max points (≠: not the declared max)`,
    }),
    'hint-set': defineText()({
        vi: () => `Tổng điểm các lĩnh vực và điểm theo nguồn (≠: khác tổng điểm hoặc cơ cấu điểm khai báo)`,
        en: () => `The domains' sum and points by source (≠: not the declared total or split)`,
    }),
    'fix-write': defineText<{ text: Arg }>()({
        vi: a => `Viết \`${a.text}\``,
        en: a => `Write \`${a.text}\``,
    }),
    // Related information on a sum mismatch, at the figure a single slip explains.
    'related-typo': defineText<{ item: Arg; intended: Arg; written: Arg }>()({
        vi: a => `Có lẽ điểm tối đa của ${a.item} là ${a.intended} chứ không phải ${a.written}`,
        en: a => `${upperFirst(a.item)}'s ${a.written} is probably ${a.intended}`,
    }),
    // The figure a single slip explains (checks/sums.ts), corrected where it is written.
    'fix-typo': defineText<{ written: Arg; intended: Arg; item: Arg }>()({
        vi: a => `Sửa ${a.written} thành ${a.intended} (${a.item})`,
        en: a => `Correct ${a.item}'s ${a.written} to ${a.intended}`,
    }),
    'fix-sum': defineText<{ value: Arg }>()({
        vi: a => `Đặt điểm tối đa bằng tổng các mục con (${a.value})`,
        en: a => `Set max to Σ children (${a.value})`,
    }),
    'fix-min-sum': defineText<{ value: Arg }>()({
        vi: a => `Đặt điểm tối thiểu bằng tổng điểm tối thiểu của các mục con (${a.value})`,
        en: a => `Set min to Σ children's minima (${a.value})`,
    }),
    'fix-total': defineText<{ value: Arg }>()({
        vi: a => `Sửa tổng điểm thành tổng các lĩnh vực (${a.value})`,
        en: a => `Set the total to the domains' sum (${a.value})`,
    }),
    'fix-total-declare': defineText<{ value: Arg }>()({
        vi: a => `Khai báo \`total ${a.value}\`, tổng các lĩnh vực`,
        en: a => `Declare \`total ${a.value}\`, the domains' sum`,
    }),
    'fix-count': defineText<{ value: Arg }>()({
        vi: a => `Sửa số lượng thành ${a.value} theo cây tiêu chí`,
        en: a => `Set the count to ${a.value}, as the tree has`,
    }),
    'fix-split': defineText<{ value: Arg; kinds: Arg }>()({
        vi: a => `Sửa thành ${a.value}, số điểm cây tiêu chí lấy từ nguồn ${a.kinds}`,
        en: a => `Set to ${a.value}, the points the tree takes from ${a.kinds}`,
    }),
    'fix-respondents': defineText<{ value: Arg }>()({
        vi: a => `Sửa tổng số mẫu thành ${a.value}, tổng của các nhóm`,
        en: a => `Set the sample total to ${a.value}, the groups' sum`,
    }),
    'fix-band-gap': defineText<{ before: Arg; after: Arg }>()({
        vi: a => `Lấp khoảng trống: sửa \`${a.before}\` thành \`${a.after}\``,
        en: a => `Close the gap: change \`${a.before}\` to \`${a.after}\``,
    }),
    'fix-code-gap': defineText<{ renames: Arg; nested: Arg }>()({
        vi: a => `Đánh số lại theo thứ tự: ${a.renames}${a.nested === 'yes' ? ' (cùng mã các mục con)' : ''}`,
        en: a => `Renumber in sequence: ${a.renames}${a.nested === 'yes' ? ' (and the codes under them)' : ''}`,
    }),
    'fix-roman-numeral': defineText<{ canonical: Arg }>()({
        vi: a => `Viết ${a.canonical}`,
        en: a => `Write ${a.canonical}`,
    }),
    'fix-code-under-parent': defineText<{ code: Arg; parentCode: Arg }>()({
        vi: a => `Đổi mã thành ${a.code}, thuộc mã ${a.parentCode} của mục cha`,
        en: a => `Change the code to ${a.code}, under the parent's ${a.parentCode}`,
    }),
    'fix-comma-separated': defineText<{ text: Arg }>()({
        vi: a => `Tách bằng dấu phẩy và dấu cách: \`${a.text}\``,
        en: a => `Separate with a comma and a space: \`${a.text}\``,
    }),
    'fix-code-written': defineText<{ code: Arg }>()({
        vi: a => `Viết mã là ${a.code}`,
        en: a => `Write the code as ${a.code}`,
    }),
    'fix-exempt-redundant': defineText<{ unit: Arg }>()({
        vi: a => `Xóa ${a.unit} khỏi \`exempt\` ở đây`,
        en: a => `Delete ${a.unit} from \`exempt\` here`,
    }),
    'fix-nfc': defineText()({
        vi: () => `Chuẩn hóa văn bản này về NFC`,
        en: () => `Normalise this text to NFC`,
    }),
    'fix-nfc-all': defineText()({
        vi: () => `Chuẩn hóa toàn bộ văn bản về NFC`,
        en: () => `Normalise all text to NFC`,
    }),
    'complete-next-code': defineText()({
        vi: () => `mã tiếp theo trong dãy`,
        en: () => `the next code in sequence`,
    }),
    'complete-new-item': defineText<{ kind: Arg }>()({
        vi: a => `Thêm ${a.kind} mới: mã, tên, điểm tối đa`,
        en: a => `A new ${a.kind}: code, title, max`,
    }),
    'rename-not-a-name': defineText()({
        vi: () => `Ở đây không có tên nào để đổi: hãy đặt con trỏ vào tên của một cơ quan, cuộc điều tra, bộ chỉ số, biến công thức hoặc phương án chấm.`,
        en: () => `There is no name to rename here: put the cursor on the name of an agency, a survey, a set, a formula input or a choice option.`,
    }),
    'rename-not-a-name-token': defineText<{ name: Arg }>()({
        vi: a => `Không đổi tên thành “${a.name}” được: tên là một từ viết liền, không dấu cách, bắt đầu bằng chữ cái (ví dụ SoNoiVu), và không phải từ khóa.`,
        en: a => `Cannot rename to “${a.name}”: a name is one word without spaces, starting with a letter (e.g. SoNoiVu), and not a keyword.`,
    }),
    'rename-name-taken': defineText<{ name: Arg }>()({
        vi: a => `Không đổi tên thành “${a.name}” được: tên này đã có trong cùng thư mục (hoặc cùng công thức, cùng quy tắc chấm), đổi sẽ gây trùng tên.`,
        en: a => `Cannot rename to “${a.name}”: the name is already taken in the same folder (or the same formula or choice), so there would be two with one name.`,
    }),
};

export type EditorTextCode = keyof typeof EDITOR_TEXTS;
export type EditorTextArgs<C extends EditorTextCode> = ArgList<ArgsOf<(typeof EDITOR_TEXTS)[C]>>;

export function renderEditorText<C extends EditorTextCode>(lang: Lang, code: C, ...[args]: EditorTextArgs<C>): string {
    return renderText(EDITOR_TEXTS[code], lang, args);
}
