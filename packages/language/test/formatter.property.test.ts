/**
 * Properties of the formatter over the examples: it changes whitespace only (the tokens and
 * comments stay the same, in order), and formatting its output again changes nothing; also when
 * the examples' whitespace is scrambled first. Numbers keep their decimal mark (`0,5` stays `0,5`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatText } from '../src/format.js';
import { chisoServices } from './test-services.js';

const EXAMPLES = path.resolve(import.meta.dirname, '../../../examples');
const examples = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.chiso'))
    .sort()
    .map(f => ({ name: f, text: readFileSync(path.join(EXAMPLES, f), 'utf8') }));
const lexer = chisoServices().parser.Lexer;

interface Word {
    readonly image: string;
    readonly start: number;
    readonly end: number;
}

/** Tokens and comments in text order: everything but whitespace. */
function words(text: string): Word[] {
    const { tokens, hidden, errors } = lexer.tokenize(text);
    expect(errors).toEqual([]);
    return [...tokens, ...hidden]
        .sort((a, b) => a.startOffset - b.startOffset)
        .map(t => ({ image: t.image, start: t.startOffset, end: t.startOffset + t.image.length }));
}

const images = (text: string) => words(text).map(w => w.image);

async function expectWhitespaceOnlyAndIdempotent(original: string): Promise<void> {
    const formatted = await formatText(original);
    expect(images(formatted)).toEqual(images(original));
    expect(await formatText(formatted)).toBe(formatted);
}

describe('formatting the examples', () => {
    test.each(examples.map(e => [e.name, e.text]))('%s: only whitespace changes, and formatting again changes nothing', async (_name, text) => {
        await expectWhitespaceOnlyAndIdempotent(text);
    });

    test('with their whitespace scrambled first, the same holds', async () => {
        const gap = fc.constantFrom(' ', '   ', '\t', '\n', '\n\n\n', ' \n\t ', '\r\n');
        await fc.assert(fc.asyncProperty(fc.constantFrom(...examples), fc.infiniteStream(gap), fc.infiniteStream(fc.boolean()), async (example, gaps, keepAdjacent) => {
            let scrambled = '';
            let end = 0;
            let afterLineComment = false;
            for (const word of words(example.text)) {
                // Adjacent tokens (`80%`, `10/3`) may be spread apart but never joined.
                let between = word.start === end && keepAdjacent.next().value ? '' : gaps.next().value;
                // A line comment still ends its line.
                if (afterLineComment && !between.includes('\n')) between = '\n' + between;
                scrambled += between + word.image;
                end = word.end;
                afterLineComment = word.image.startsWith('//');
            }
            await expectWhitespaceOnlyAndIdempotent(scrambled);
        }), { numRuns: 25 });
    }, 60_000);
});

describe('formatting numbers', () => {
    test('every number keeps the decimal mark its author wrote, a point or a comma', async () => {
        const decimal = fc.tuple(fc.nat(999), fc.nat(99), fc.constantFrom('.', ',')).map(([whole, part, mark]) => `${whole}${mark}${part}`);
        await fc.assert(fc.asyncProperty(fc.tuple(decimal, decimal, decimal, decimal), async ([max, low, high, points]) => {
            const text = `set S "A" { total ${max}\n domain 1 "B" max ${max} { scoring bands { [${low}%,${high}%) -> ${points}  >= ${high}% -> ${max} }\n}}`;
            const formatted = await formatText(text);
            expect(images(formatted)).toEqual(images(text));
            expect(images(formatted)).toEqual(expect.arrayContaining([max, low, high, points]));
        }), { numRuns: 50 });
    }, 60_000);
});
