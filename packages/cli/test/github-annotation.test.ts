import { describe, expect, test } from 'vitest';
import type { Finding } from '../src/output/diagnostics.js';
import { githubAnnotation } from '../src/output/github.js';

const finding = (file: string, message: string): Finding =>
    ({ file, line: 3, column: 5, endLine: 4, endColumn: 2, severity: 'warning', code: 'chiso/code-gap', message });

describe('GitHub workflow annotations', () => {
    test('a message with %, CR and LF stays one command and reads back as written', () => {
        const annotation = githubAnnotation(finding('s.chiso', '100% đạt\r\ndòng 2\nhết'));
        expect(annotation).toBe('::warning file=s.chiso,line=3,col=5,endLine=4,endColumn=2,title=chiso/code-gap::100%25 đạt%0D%0Adòng 2%0Ahết');
        expect(annotation).not.toMatch(/[\r\n]/);
    });

    test('a file path with , and : cannot end the file property early or add properties', () => {
        expect(githubAnnotation(finding('C:\\Sở, 2024\\a,line=1:x.chiso', 'm'))).toBe(
            '::warning file=C%3A\\Sở%2C 2024\\a%2Cline=1%3Ax.chiso,line=3,col=5,endLine=4,endColumn=2,title=chiso/code-gap::m');
        expect(githubAnnotation(finding('a%0A.chiso', 'm'))).toContain('file=a%250A.chiso,');
    });
});
