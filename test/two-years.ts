/**
 * Two years of an illustrative set and its results (made for the tests, not a province's): from
 * 2023 to 2024 criterion 1.3 was renamed and re-coded 2.3, 2.1 re-pointed from 2 to 3 points, 2.4
 * added and 1.4 dropped. `chiso compare` and `chiso tasks --previous-set` read them; every figure
 * the tests assert is worked out by hand from these.
 */
import { workspace } from './cli.js';

export const SET_2023 = `set ChiSo2023 "Chỉ số CCHC (minh họa)" {
    year 2023
    total 11
    domain 1 "Chỉ đạo, điều hành" max 7 {
        criterion 1.1 "Kế hoạch cải cách hành chính" max 2
        criterion 1.2 "Báo cáo định kỳ" max 2
        criterion 1.3 "Kiểm tra công tác cải cách hành chính" max 2
        criterion 1.4 "Ứng dụng công nghệ thông tin" max 1
    }
    domain 2 "Thủ tục hành chính" max 4 {
        criterion 2.1 "Công khai thủ tục hành chính" max 2
        criterion 2.2 "Tiếp nhận phản ánh, kiến nghị" max 2
    }
}
`;

export const SET_2024 = `set ChiSo2024 "Chỉ số CCHC (minh họa)" {
    year 2024
    total 12
    domain 1 "Chỉ đạo, điều hành" max 4 {
        criterion 1.1 "Kế hoạch cải cách hành chính" max 2
        criterion 1.2 "Báo cáo định kỳ" max 2
    }
    domain 2 "Thủ tục hành chính" max 8 {
        criterion 2.1 "Công khai thủ tục hành chính" max 3
        criterion 2.2 "Tiếp nhận phản ánh, kiến nghị" max 2
        criterion 2.3 "Kiểm tra công tác cải cách hành chính năm" max 2
        criterion 2.4 "Số hóa kết quả giải quyết thủ tục hành chính" max 1
    }
}
`;

const rows = (unit: string, scores: Record<string, number>, extra = '') => Object.entries(scores).map(([item, score]) => `${unit},${item},${score}${extra}`).join('\n');
const ITEMS_2023 = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2'], ITEMS_2024 = ['1.1', '1.2', '2.1', '2.2', '2.3', '2.4'];
const scores = (items: string[], values: number[]) => Object.fromEntries(items.map((item, i) => [item, values[i]]));

// 2023, of 11: SoA 9 (81,82%), SoB 10 (90,91%), SoC 5 (45,45%), SoE 9 (81,82%): SoB 1, SoA and SoE 2, SoC 4 of 4.
export const RESULTS_2023 = ['unit,item,score',
    rows('SoA', scores(ITEMS_2023, [2, 1, 2, 1, 1, 2])),
    rows('SoB', scores(ITEMS_2023, [2, 2, 1, 1, 2, 2])),
    rows('SoC', scores(ITEMS_2023, [1, 1, 1, 0, 1, 1])),
    rows('SoE', scores(ITEMS_2023, [2, 2, 2, 1, 1, 1])),
].join('\n') + '\n';

// 2024, of 12: SoA 11 (91,67%), SoB 7 (58,33%), SoC 10 (83,33%, not ranked), SoD 9 (75%): SoA 1, SoD 2, SoB 3 of 3.
export const RESULTS_2024 = ['unit,item,score,ranked',
    rows('SoA', scores(ITEMS_2024, [2, 2, 3, 1, 2, 1]), ','),
    rows('SoB', scores(ITEMS_2024, [2, 1, 1.5, 2, 0.5, 0]), ','),
    rows('SoC', scores(ITEMS_2024, [2, 2, 2, 1, 2, 1]), ',no'),
    rows('SoD', scores(ITEMS_2024, [1, 1, 3, 2, 1, 1]), ','),
].join('\n') + '\n';

/** A folder with both sets (2023.chiso, 2024.chiso) and both years' results (ket-qua-2023.csv, ket-qua-2024.csv). */
export const twoYears = () => workspace({ '2023.chiso': SET_2023, '2024.chiso': SET_2024, 'ket-qua-2023.csv': RESULTS_2023, 'ket-qua-2024.csv': RESULTS_2024 });
