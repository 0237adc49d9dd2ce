#!/usr/bin/env node
/**
 * Generates a synthetic, deterministic (seeded) criteria set of a realistic shape for the benchmarks:
 * 8 domains (the PAR Index's), criteria of 1–5 components, some criteria scored directly and some
 * components with lettered sub-components, bands / tiers / choice / deduct / proportional rules, survey-
 * sourced criteria (the ministry's survey in domains 2, 4, 5, 6, 7 and a SIPAS formula in domain 8),
 * per-domain and set-wide splits and counts that add up exactly (points in 48ths, fractions included).
 * The set checks clean: 0 errors, 0 warnings.
 *
 *   node bench/generate-set.mjs --components 1000 --out /tmp/set-1k [--seed 1] [--flat]
 *
 * writes <out>/shared.chiso (agencies, surveys) and <out>/set.chiso. `--flat` leaves out directly
 * scored criteria and sub-components, so every scored leaf is a component (the scoring benchmark's set).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, rng } from './random.mjs';

/** Points are whole numbers of UNIT-ths: 0.25 = 12, 1/3 = 16, 1 = 48. */
const UNIT = 48;

const gcd = (a, b) => (b === 0 ? a : gcd(b, a % b));

/** Exact text of n/48: a decimal when it has a finite expansion, else a reduced fraction. */
export function points(n) {
    if (n === 0) return '0';
    const g = gcd(n, UNIT);
    const num = n / g, den = UNIT / g;
    if (den === 1) return String(num);
    let d = den;
    while (d % 2 === 0) d /= 2;
    while (d % 5 === 0) d /= 5;
    return d === 1 ? String(num / den) : `${num}/${den}`;
}

const DOMAINS = [
    'Công tác chỉ đạo, điều hành cải cách hành chính',
    'Cải cách thể chế',
    'Cải cách thủ tục hành chính',
    'Cải cách tổ chức bộ máy hành chính nhà nước',
    'Cải cách chế độ công vụ',
    'Cải cách tài chính công',
    'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
    'Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội',
];
/** Domain shares of the components, roughly as in published sets. */
const WEIGHTS = [12, 10, 14, 13, 11, 12, 13, 15];
const SURVEY_DOMAINS = new Set([2, 4, 5, 6, 7]);

const TOPICS = [
    'Kế hoạch cải cách hành chính năm', 'Thực hiện chế độ báo cáo định kỳ', 'Kiểm tra công tác cải cách hành chính',
    'Tuyên truyền cải cách hành chính', 'Sáng kiến, giải pháp mới', 'Thực hiện nhiệm vụ được giao',
    'Rà soát, hệ thống hóa văn bản quy phạm pháp luật', 'Theo dõi tình hình thi hành pháp luật',
    'Công bố, công khai thủ tục hành chính', 'Thực hiện cơ chế một cửa, một cửa liên thông',
    'Tiếp nhận, xử lý phản ánh, kiến nghị', 'Sắp xếp tổ chức bộ máy', 'Quản lý biên chế',
    'Tuyển dụng, sử dụng công chức, viên chức', 'Đào tạo, bồi dưỡng cán bộ', 'Kỷ luật, kỷ cương hành chính',
    'Quản lý, sử dụng kinh phí', 'Thực hiện cơ chế tự chủ tài chính', 'Cung cấp dịch vụ công trực tuyến',
    'Số hóa hồ sơ, kết quả giải quyết thủ tục', 'Ứng dụng công nghệ thông tin', 'Bảo đảm an toàn thông tin',
];
const ASPECTS = [
    'Ban hành kế hoạch đúng thời hạn', 'Mức độ hoàn thành kế hoạch', 'Tỷ lệ hồ sơ giải quyết đúng hạn',
    'Công khai đầy đủ, kịp thời', 'Xử lý kết quả sau kiểm tra', 'Số sáng kiến được công nhận',
    'Mức độ hài lòng của người dân, tổ chức', 'Thực hiện đúng quy trình', 'Tỷ lệ văn bản được rà soát',
    'Cập nhật dữ liệu lên hệ thống', 'Tính kịp thời của báo cáo', 'Số trường hợp vi phạm',
];
const AGENCIES = [
    ['SoNoiVu', 'Sở Nội vụ'], ['SoTuPhap', 'Sở Tư pháp'], ['SoTaiChinh', 'Sở Tài chính'],
    ['SoThongTinTruyenThong', 'Sở Thông tin và Truyền thông'], ['VanPhongUbnd', 'Văn phòng Ủy ban nhân dân tỉnh'],
    ['TrungTamPvhcc', 'Trung tâm Phục vụ hành chính công'], ['BoNoiVu', 'Bộ Nội vụ'],
];
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e'];
const COMPONENT_POINTS = [12, 24, 24, 36, 48, 48, 48, 72, 96];

/** Splits `total` into parts proportional to `weights` (largest remainder). */
function apportion(total, weights) {
    const sum = weights.reduce((a, b) => a + b, 0);
    const exact = weights.map(w => (total * w) / sum);
    const parts = exact.map(Math.floor);
    let left = total - parts.reduce((a, b) => a + b, 0);
    const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (const [, i] of order) { if (left-- <= 0) break; parts[i]++; }
    return parts;
}

/** Option titles of the generated `choice` rules, best first. */
export const CHOICE_OPTIONS = ['Thực hiện đầy đủ, đúng hạn', 'Thực hiện chậm', 'Không thực hiện'];

/** A scoring rule for a leaf of `max` (in 48ths) and source: { kind, lines }. */
function rule(r, max, source) {
    const lines = ruleLines(r, max, source);
    const kind = /^scoring (\w+)/.exec(lines[0])[1];
    return { kind, lines };
}

function ruleLines(r, max, source) {
    const half = points(max / 2), full = points(max), quarter = points(max / 4);
    if (source === 'sipas') {
        return [
            'scoring formula {',
            '    input satisfied "Số câu trả lời hài lòng"',
            '    input verySatisfied "Số câu trả lời rất hài lòng"',
            '    input respondents "Tổng số mẫu khảo sát" min 1',
            '    where satisfied + verySatisfied <= respondents * 8',
            `    result (satisfied + verySatisfied) / (respondents * 8) * ${full}`,
            '}',
        ];
    }
    if (source === 'survey') return ['scoring proportional "Chỉ số thành phần do Bộ Nội vụ công bố"'];
    const roll = r.next();
    if (roll < 0.35) {
        const low = r.pick([50, 70, 80, 90]);
        return r.chance(0.5)
            ? ['scoring bands "Tỷ lệ nhiệm vụ hoàn thành" {', `    100% -> ${full}`, `    [${low}%, 100%) -> ${half}`, `    < ${low}% -> 0`, '}']
            : ['scoring bands {', `    100% -> ${full}`, `    [80%, 100%) -> ${half}`, `    [50%, 80%) -> ${quarter}`, '    < 50% -> 0', '}'];
    }
    if (roll < 0.65) return [`scoring choice { "${CHOICE_OPTIONS[0]}" -> ${full}  "${CHOICE_OPTIONS[1]}" -> ${half}  "${CHOICE_OPTIONS[2]}" -> 0 }`];
    if (roll < 0.75) return [`scoring tiers "Số sáng kiến được công nhận" { >= 2 -> ${full}  1 -> ${half}  0 -> 0 }`];
    if (roll < 0.85) return [`scoring deduct ${half} per "trường hợp vi phạm" floor 0`];
    return ['scoring proportional "Tỷ lệ hoàn thành"'];
}

/**
 * The set as files: { 'shared.chiso': text, 'set.chiso': text } and facts about it: the components
 * (scored leaves with their points in 48ths and rule kind), counts and the code of a component to edit in the latency benchmark.
 */
export function generateSet({ components, seed = 1, flat = false }) {
    const r = rng(seed * 7919 + components);
    const perDomain = apportion(components, WEIGHTS);
    const out = [];
    const leaves = [];
    let totalCriteria = 0, total = 0, surveyPoints = 0;
    const domains = [];
    for (let d = 1; d <= 8; d++) {
        const criteria = [];
        let left = perDomain[d - 1], c = 0;
        while (left > 0 || criteria.length === 0) {
            c++;
            const code = `${d}.${c}`;
            const source = d === 8 && c === 1 ? 'sipas' : SURVEY_DOMAINS.has(d) && r.chance(0.15) ? 'survey' : 'appraisal';
            const standalone = !flat && source === 'appraisal' && r.chance(0.08);
            if (standalone || left === 0) {
                criteria.push({ code, source, max: r.pick(COMPONENT_POINTS), children: [] });
                continue;
            }
            const k = Math.min(left, r.int(1, 5));
            left -= k;
            const thirds = k === 3 && source === 'appraisal' && r.chance(0.15);
            const children = [];
            for (let j = 1; j <= k; j++) {
                const ccode = `${code}.${j}`;
                if (!flat && source === 'appraisal' && !thirds && r.chance(0.05)) {
                    const subs = LETTERS.slice(0, r.int(2, 3)).map(letter => ({ code: `${ccode}.${letter}`, max: r.pick(COMPONENT_POINTS), children: [] }));
                    children.push({ code: ccode, max: subs.reduce((a, s) => a + s.max, 0), children: subs });
                } else {
                    children.push({ code: ccode, max: thirds ? 16 : source === 'sipas' ? r.pick([48, 96]) : r.pick(COMPONENT_POINTS), children: [] });
                }
            }
            criteria.push({ code, source, max: children.reduce((a, x) => a + x.max, 0), children });
        }
        const max = criteria.reduce((a, x) => a + x.max, 0);
        const survey = criteria.filter(x => x.source !== 'appraisal').reduce((a, x) => a + x.max, 0);
        domains.push({ d, criteria, max, survey });
        total += max;
        surveyPoints += survey;
        totalCriteria += criteria.length;
    }

    const line = (depth, text) => out.push('    '.repeat(depth) + text);
    line(0, `set Bench${components} "Bộ chỉ số tổng hợp ${components} tiêu chí thành phần (sinh tự động, seed ${seed})" {`);
    line(1, `decision "${1000 + (seed % 9000)}/QĐ-UBND" dated 2024-03-15`);
    line(1, 'issuer "Chủ tịch Ủy ban nhân dân tỉnh"');
    line(1, 'level department');
    line(1, 'year 2024');
    line(1, `total ${points(total)}`);
    line(1, `split { appraisal ${points(total - surveyPoints)}  survey ${points(surveyPoints)} }`);
    line(1, `counts { domains 8  criteria ${totalCriteria}  components ${components} }`);
    line(1, 'note "Bộ tiêu chí tổng hợp phục vụ đo hiệu năng; các tiêu chí và điểm số là giả định."');
    for (const domain of domains) {
        out.push('');
        line(1, `domain ${domain.d} "${DOMAINS[domain.d - 1]}" max ${points(domain.max)} {`);
        const comps = domain.criteria.reduce((a, x) => a + x.children.length, 0);
        line(2, `counts { criteria ${domain.criteria.length}  components ${comps} }`);
        if (domain.survey > 0) line(2, `split { appraisal ${points(domain.max - domain.survey)}  survey ${points(domain.survey)} }`);
        line(2, `lead ${AGENCIES[(domain.d - 1) % 6][0]}`);
        for (const criterion of domain.criteria) {
            const topic = TOPICS[(domain.d * 3 + Number(criterion.code.split('.')[1])) % TOPICS.length];
            line(2, `criterion ${criterion.code} "${topic} (${criterion.code})" max ${points(criterion.max)} {`);
            if (criterion.source === 'survey') line(3, 'source survey DtxhhBnv');
            if (criterion.source === 'sipas') line(3, 'source survey Sipas');
            if (r.chance(0.3)) line(3, `evidence "Báo cáo kết quả thực hiện ${topic.toLowerCase()}"`);
            if (r.chance(0.15)) line(3, `coordinating ${r.pick(AGENCIES.slice(0, 6))[0]}`);
            if (criterion.children.length === 0) {
                const { kind, lines } = rule(r, criterion.max, criterion.source);
                for (const text of lines) line(3, text);
                leaves.push({ code: criterion.code, max: criterion.max, source: criterion.source, kind });
            }
            for (const component of criterion.children) {
                const aspect = r.pick(ASPECTS);
                line(3, `component ${component.code} "${aspect}" max ${points(component.max)} {`);
                if (r.chance(0.2)) line(4, `evidence "Tài liệu kiểm chứng: ${aspect.toLowerCase()}"`);
                if (component.children.length === 0) {
                    const { kind, lines } = rule(r, component.max, criterion.source);
                    for (const text of lines) line(4, text);
                    leaves.push({ code: component.code, max: component.max, source: criterion.source, kind });
                }
                for (const sub of component.children) {
                    line(4, `component ${sub.code} "${r.pick(ASPECTS)}" max ${points(sub.max)} {`);
                    const { kind, lines } = rule(r, sub.max, criterion.source);
                    for (const text of lines) line(5, text);
                    line(4, '}');
                    leaves.push({ code: sub.code, max: sub.max, source: criterion.source, kind });
                }
                line(3, '}');
            }
            line(2, '}');
        }
        line(1, '}');
    }
    line(0, '}');

    const shared = [
        '// Agencies and surveys of the synthetic benchmark set (bench/generate-set.mjs).',
        ...AGENCIES.map(([name, title]) => `agency ${name} "${title}"`),
        '',
        'survey DtxhhBnv "Điều tra xã hội học của Bộ Nội vụ" {',
        '    conductedBy BoNoiVu',
        '    period 2024-06-01 to 2024-10-31',
        '}',
        'survey Sipas "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)" {',
        '    conductedBy SoNoiVu',
        '    questions 8',
        '    respondents "Người dân, tổ chức" total 400 { "Cấp tỉnh" 150  "Cấp huyện" 250 }',
        '}',
    ];
    // The component the latency benchmark edits: an appraisal leaf component with a decimal max near
    // the middle of domain 4 (its compiled maxPoints is then a JSON number, edited the same way).
    const candidates = domains[3].criteria
        .filter(x => x.source === 'appraisal')
        .flatMap(x => x.children)
        .filter(x => x.children.length === 0 && !points(x.max).includes('/'));
    const edit = candidates[Math.floor(candidates.length / 2)];
    return {
        files: { 'shared.chiso': shared.join('\n') + '\n', 'set.chiso': out.join('\n') + '\n' },
        id: `Bench${components}`,
        components,
        criteria: totalCriteria,
        total: points(total),
        leaves,
        editCode: edit.code,
        editMax: points(edit.max),
        /** The edited max: one point more. */
        editedMax: points(edit.max + UNIT),
    };
}

export function writeSet(dir, set) {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(set.files)) writeFileSync(path.join(dir, name), text);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const args = parseArgs(process.argv.slice(2));
    if (!args.components || !args.out) {
        console.error('usage: node bench/generate-set.mjs --components N --out DIR [--seed S] [--flat]');
        process.exit(2);
    }
    const set = generateSet({ components: Number(args.components), seed: Number(args.seed ?? 1), flat: Boolean(args.flat) });
    writeSet(args.out, set);
    console.log(`${args.out}: set ${set.id}, ${set.components} components, ${set.criteria} criteria, ${set.leaves.length} scored leaves, total ${set.total}`);
}
