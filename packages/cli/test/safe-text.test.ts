import { neutraliseControls } from '@chiso/language/safe-text';
import { describe, expect, test } from 'vitest';
import { csvSeparator } from '../src/csv-separator.js';
import { toSarif } from '../src/output/sarif.js';

describe('neutraliseControls', () => {
    test('escape sequences, bells, DEL and C1 controls become visible stand-ins', () => {
        expect(neutraliseControls('Kế hoạch\u001b[31m đỏ\u0007\u007f\u009b2J')).toBe('Kế hoạch␛[31m đỏ␇␡\ufffd2J');
        expect(neutraliseControls('a\rb\u0000')).toBe('a␍b␀');
    });

    test('tabs, line feeds and CRLF line ends stay; text without controls is returned as it is', () => {
        const text = 'Cột 1\tCột 2\r\nDòng 2\n';
        expect(neutraliseControls(text)).toBe(text);
    });
});

describe('csvSeparator', () => {
    test('a semicolon when the header is separated by them, even with commas inside a cell', () => {
        expect(csvSeparator('STT;Lĩnh vực, tiêu chí;Điểm tối đa;Ghi chú\n1;A;2,5;\n')).toBe(';');
        expect(csvSeparator('\uFEFF# nguồn: Sở Nội vụ; 2024\nunit;item;score\n', '#')).toBe(';');
    });

    test('a comma otherwise, quoted semicolons not counted', () => {
        expect(csvSeparator('unit,item,"a;b;c",value\n')).toBe(',');
        expect(csvSeparator('')).toBe(',');
    });
});

test('SARIF messages carry no control characters', () => {
    const finding = { file: 'a.chiso', line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'error' as const, code: 'chiso/duplicate-name', message: 'The name “X\u001b]8;;http://x\u0007” is already used' };
    const text = JSON.stringify(toSarif([finding], '0.1.0', 'en'));
    expect(text).not.toMatch(/\\u00(0|1)[0-9a-f]/i);
    expect(text).toContain('X␛]8;;http://x␇');
});
