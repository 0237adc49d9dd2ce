/**
 * Completion: the next code in sequence after an item keyword, a new-item snippet of the kind that
 * belongs at the cursor, keywords, and the folder's agencies and surveys where references go.
 */
import { expectCompletion } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import { InsertTextFormat } from 'vscode-languageserver';
import { chisoServices } from './test-services.js';

const services = chisoServices('en');
const complete = expectCompletion(services);

/** The completion labels at `<|>`, in the provider's order. */
async function labelsAt(text: string): Promise<string[]> {
    let labels: string[] = [];
    await complete({ text, index: 0, disposeAfterCheck: true, assert: (list: CompletionList) => { labels = list.items.map(i => i.label); } });
    return labels;
}

async function itemAt(text: string, label: string, lang: 'vi' | 'en' = 'en'): Promise<CompletionItem | undefined> {
    let found: CompletionItem | undefined;
    await expectCompletion(chisoServices(lang))({ text, index: 0, disposeAfterCheck: true, assert: list => { found = list.items.find(i => i.label === label); } });
    return found;
}

const DOMAIN = (body: string) => `agency SoNoiVu "Sở Nội vụ"
survey SIPAS "Chỉ số hài lòng"
set S "A" {
    domain 1 "B" max 5 {
${body}
    }
}`;

describe('the next code in sequence', () => {
    test('after criteria 1.1 and 1.2, `criterion ` proposes 1.3', async () => {
        expect(await labelsAt(DOMAIN(`        criterion 1.1 "C" max 2
        criterion 1.2 "D" max 3
        criterion <|>`))).toEqual(['1.3']);
    });

    test('inside criterion 1.3 without components, `component ` proposes 1.3.1', async () => {
        expect(await labelsAt(DOMAIN(`        criterion 1.3 "C" max 2 {
            component <|>
        }`))).toEqual(['1.3.1']);
    });

    test('the next domain, and a code already begun', async () => {
        expect(await labelsAt(`set S "A" {
    domain 1 "B" max 5
    domain <|>
}`)).toEqual(['2']);
        expect(await labelsAt(DOMAIN(`        criterion 1.1 "C" max 2
        criterion 1<|>`))).toEqual(['1.2']);
    });

    test('lettered sub-items follow the Vietnamese order: đ after d', async () => {
        expect(await labelsAt(DOMAIN(`        criterion 1.1 "C" max 2 {
            component 1.1.1 "D" max 2 {
                component c "c" max 1
                component d "d" max 1
                component <|>
            }
        }`))).toEqual(['đ']);
    });

    test('the detail is in the client’s language', async () => {
        const item = await itemAt(DOMAIN('        criterion <|>'), '1.1', 'vi');
        expect(item?.detail).toBe('mã tiếp theo trong dãy');
    });
});

describe('the next code in the scheme the set shows', () => {
    test('Roman domains and prefixed ones continue in their style', async () => {
        expect(await labelsAt(`set S "A" {
    domain I "B" max 5
    domain II "C" max 5
    domain <|>
}`)).toEqual(['III']);
        expect(await labelsAt(`set S "A" {
    domain LV1 "B" max 5
    domain <|>
}`)).toEqual(['LV2']);
    });

    test('criteria running through the set: a domain’s first criterion continues from the one before', async () => {
        expect(await labelsAt(`set S "A" {
    domain I "B" max 2 { criterion 1 "C" max 1  criterion 2 "D" max 1 }
    domain II "E" max 2 {
        criterion <|>
    }
}`)).toEqual(['3']);
    });

    test('the next code is never one the set already uses', async () => {
        expect(await labelsAt(`set S "A" {
    domain I "B" max 2 {
        criterion 1 "C" max 1
        criterion <|>
    }
    domain II "E" max 2 { criterion 2 "D" max 1  criterion 3 "F" max 1 }
}`)).toEqual(['4']);
    });

    test('a code written after the cursor is not proposed again (no second 1.1.3)', async () => {
        expect(await labelsAt(DOMAIN(`        criterion 1.1 "C" max 3 {
            component 1.1.1 "D" max 1
            component 1.1.2 "E" max 1
            component <|>
            component 1.1.3 "F" max 1
        }`))).toEqual(['1.1.4']);
    });

    test('under a prefixed domain criteria spell its number; under a running criterion components spell the criterion’s', async () => {
        expect(await labelsAt(`set S "A" {
    domain D2 "B" max 2 {
        criterion <|>
    }
}`)).toEqual(['2.1']);
        expect(await labelsAt(`set S "A" {
    domain I "B" max 2 {
        criterion 1 "C" max 2 {
            component <|>
        }
    }
}`)).toEqual(['1.1']);
    });

    test('deduction criteria continue their prefix', async () => {
        expect(await labelsAt(`set S "A" {
    domain 1 "B" max 5
    deductions "Điểm trừ" {
        criterion Đ1 "C" max 1
        criterion <|>
    }
}`)).toEqual(['Đ2']);
    });
});

describe('keywords and new-item snippets', () => {
    test('in a domain: keywords, the criterion keyword and snippet with the next code, no domain or component', async () => {
        const labels = await labelsAt(DOMAIN(`        criterion 1.1 "C" max 2
        <|>`));
        expect(labels).toEqual(expect.arrayContaining(['criterion', 'min', 'source', 'evidence', 'lead', 'criterion 1.2']));
        expect(labels).not.toContain('domain');
        expect(labels).not.toContain('component');
        expect(labels.filter(label => label.includes(' '))).toEqual(['criterion 1.2']);
    });

    test('inside a component: what a component holds (components, scoring, source), never a domain or a criterion', async () => {
        const labels = await labelsAt(DOMAIN(`        criterion 1.1 "C" max 2 {
            component 1.1.1 "D" max 2 {
                <|>
            }
        }`));
        expect(labels).toEqual(expect.arrayContaining(['component', 'scoring', 'source', 'evidence', 'component 1.1.1.1']));
        expect(labels).not.toContain('domain');
        expect(labels).not.toContain('criterion');
    });

    test('a field given once is not offered again where it is given (`decision` twice), and still is elsewhere', async () => {
        const set = (fields: string) => `set S "A" {
    ${fields}
    <|>
}`;
        expect(await labelsAt(set('total 10'))).toEqual(expect.arrayContaining(['decision', 'issuer', 'year']));
        const given = await labelsAt(set('decision "1877/QĐ-UBND" dated 2023-08-11\n    year 2023'));
        expect(given).toEqual(expect.arrayContaining(['issuer', 'total', 'domain']));
        expect(given).not.toContain('decision');
        expect(given).not.toContain('year');
        const scored = await labelsAt(DOMAIN(`        criterion 1.1 "C" max 2 {
            scoring proportional
            <|>
        }`));
        expect(scored).toEqual(expect.arrayContaining(['source', 'component']));
        expect(scored).not.toContain('scoring');
    });

    test('the snippet fills in code, title and max, in a block', async () => {
        const item = await itemAt(DOMAIN(`        criterion 1.1 "C" max 2 {
            comp<|>
        }`), 'component 1.1.1');
        expect(item).toMatchObject({
            insertText: 'component ${1:1.1.1} "$2" max $3 {\n\t$0\n}',
            insertTextFormat: InsertTextFormat.Snippet,
            detail: 'A new component: code, title, max',
        });
    });

    test('at the top of a set: the first domain', async () => {
        expect(await labelsAt(`set S "A" {
    total 10
    <|>
}`)).toEqual(expect.arrayContaining(['domain', 'domain 1', 'deductions']));
    });
});

describe('references: the folder’s agencies and surveys', () => {
    test('after `source survey`, the surveys', async () => {
        expect(await labelsAt(DOMAIN('        criterion 1.1 "C" max 5 { source survey <|> }'))).toEqual(['SIPAS']);
    });

    test('after `lead`, the agencies', async () => {
        expect(await labelsAt(DOMAIN('        criterion 1.1 "C" max 5 { lead <|> }'))).toEqual(['SoNoiVu']);
    });
});

test('completion never throws, wherever a document is cut off', async () => {
    const text = DOMAIN(`        criterion 1.1 "C" max 2 {
            component 1.1.1 "D" max 2 { scoring bands { [50%, 100%] -> 2  < 50% -> 0 } }
        }
        criterion 1.2 "E" max 3 { source survey SIPAS  lead SoNoiVu }`);
    for (let cut = 0; cut <= text.length; cut += 3) {
        await labelsAt(`${text.slice(0, cut)}<|>`);
    }
});

test('completion never throws in a set numbered I, II with criteria running through it, wherever it is cut off', async () => {
    const text = `set S "A" {
    domain I "B" max 2 { criterion 1 "C" max 1 { component a "D" max 1 }  criterion 2 "E" max 1 }
    domain IIII "F" max 2 { criterion 1 "G" max 2 { component 1.1 "H" max 2 } }
    domain D5 "I" max 1 { criterion 5.1 "J" max 1 }
    deductions "K" { criterion Đ1 "L" max 1 }
}`;
    for (let cut = 0; cut <= text.length; cut += 2) {
        await labelsAt(`${text.slice(0, cut)}<|>`);
    }
});
