import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Condition } from '../src/generated/ast.js';
import { conditionInterval, conditionKey, contains, findGapsAndOverlaps, isEmpty, representatives, type Interval } from '../src/model/bands.js';
import { exact, formatPoints, type Exact } from '../src/model/points.js';

const closedOpen = (lo: number, hi: number): Interval => ({ lower: exact(String(lo)), lowerInclusive: true, upper: exact(String(hi)), upperInclusive: false });

describe('band intervals', () => {
    test('a partition of 0–100 % has no gap and no overlap', () => {
        const bands = [closedOpen(0, 80), closedOpen(80, 100), { lower: exact('100'), lowerInclusive: true, upper: exact('100'), upperInclusive: true }];
        expect(findGapsAndOverlaps(bands, 'percent')).toEqual([]);
    });

    test('a missing 100 % is a gap at exactly 100', () => {
        const [finding] = findGapsAndOverlaps([closedOpen(0, 80), closedOpen(80, 100)], 'percent');
        expect(finding.kind).toBe('gap');
        expect(formatPoints(finding.example)).toBe('100');
    });

    test('tiers are checked on whole numbers only', () => {
        const below2: Interval = { lowerInclusive: false, upper: exact('2'), upperInclusive: false };
        const from2: Interval = { lower: exact('2'), lowerInclusive: true, upperInclusive: false };
        expect(findGapsAndOverlaps([below2, from2], 'count')).toEqual([]);
        // (1.5, 2) holds no whole number: 1.5 and up are not a gap between < 1.5 and >= 2.
        const belowHalf: Interval = { lowerInclusive: false, upper: exact('3/2'), upperInclusive: false };
        expect(findGapsAndOverlaps([belowHalf, from2], 'count')).toEqual([]);
    });

    test('property: cutting 0–100 % at random points gives a clean partition; dropping a band gives a gap inside it', () => {
        const cuts = fc.uniqueArray(fc.integer({ min: 1, max: 9999 }), { minLength: 1, maxLength: 8 }).map(xs => xs.sort((a, b) => a - b).map(x => x / 100));
        fc.assert(fc.property(cuts, fc.nat(), (points, which) => {
            const bounds = [0, ...points, 100];
            const bands: Interval[] = bounds.slice(0, -1).map((lo, i) => ({
                lower: exact(String(lo)), lowerInclusive: true, upper: exact(String(bounds[i + 1])), upperInclusive: i === bounds.length - 2,
            }));
            expect(findGapsAndOverlaps(bands, 'percent')).toEqual([]);
            const dropped = which % bands.length;
            const findings = findGapsAndOverlaps(bands.filter((_, i) => i !== dropped), 'percent');
            expect(findings.map(f => f.kind)).toEqual(['gap']);
            expect(contains(bands[dropped], findings[0].example)).toBe(true);
            // The gap reported is all of the dropped band, not one value in it.
            expect(findings[0].range).toEqual(bands[dropped]);
        }), { numRuns: 200 });
    });

    test('an overlap is all the two bands share, within the scale', () => {
        const atLeast = (lo: number): Interval => ({ lower: exact(String(lo)), lowerInclusive: true, upperInclusive: false });
        const [overlap] = findGapsAndOverlaps([atLeast(70), closedOpen(0, 80)], 'percent');
        expect(overlap).toMatchObject({ kind: 'overlap', range: closedOpen(70, 80) });
        // Counts: whole numbers, so [0, 4) and >= 2 share 2 and 3.
        const [tiers] = findGapsAndOverlaps([atLeast(2), closedOpen(0, 4)], 'count');
        expect(tiers.range).toEqual({ lower: exact('2'), lowerInclusive: true, upper: exact('3'), upperInclusive: true });
    });

    test('representatives include every boundary and a point between each pair', () => {
        const values = representatives([closedOpen(20, 40)], 'percent').map(v => formatPoints(v));
        expect(values).toEqual(['0', '10', '20', '30', '40', '70', '100']);
    });

    test('property: an interval is empty exactly when none of its representative values lies in it', () => {
        // Bounds from -5 to 125 in halves and thirds, so both scales meet bounds outside their range and between whole numbers.
        const bound = fc.option(fc.tuple(fc.integer({ min: -30, max: 750 }), fc.constantFrom(2, 3, 6)).map(([n, d]) => exact(`${n}/${d}`)), { nil: undefined });
        const interval = fc.record({ lower: bound, lowerInclusive: fc.boolean(), upper: bound, upperInclusive: fc.boolean() });
        fc.assert(fc.property(interval, fc.constantFrom('percent' as const, 'count' as const), (i, scale) => {
            const byRepresentatives = representatives([i], scale).every(v => !contains(i, v));
            expect(isEmpty(i, scale)).toBe(byRepresentatives);
        }), { numRuns: 2000 });
    });

    test('empty intervals as written in rules', () => {
        const interval = (lower: string | undefined, lowerInclusive: boolean, upper: string | undefined, upperInclusive: boolean): Interval =>
            ({ lower: lower === undefined ? undefined : exact(lower), lowerInclusive, upper: upper === undefined ? undefined : exact(upper), upperInclusive });
        expect(isEmpty(interval('80', true, '80', false), 'percent')).toBe(true);
        expect(isEmpty(interval('100', true, '100', true), 'percent')).toBe(false);
        expect(isEmpty(interval('100', false, undefined, false), 'percent')).toBe(true);
        expect(isEmpty(interval(undefined, false, '0', false), 'percent')).toBe(true);
        expect(isEmpty(interval('1.5', true, '2', false), 'count')).toBe(true);
        expect(isEmpty(interval('1.5', true, '2', true), 'count')).toBe(false);
        expect(isEmpty(interval('3', false, undefined, false), 'count')).toBe(false);
    });

    test('conditions share a cache key only when they state the same interval', () => {
        const q = (value: string) => ({ $type: 'Quantity', value, percent: true });
        const conditions = [
            { $type: 'Interval', lowerBracket: '[', lower: q('80'), upper: q('100'), upperBracket: ')' },
            { $type: 'Interval', lowerBracket: '[', lower: q('80'), upper: q('100'), upperBracket: ']' },
            { $type: 'Interval', lowerBracket: '(', lower: q('80'), upper: q('100'), upperBracket: ')' },
            { $type: 'Interval', lowerBracket: '[', lower: q('8'), upper: q('0100'), upperBracket: ')' },
            { $type: 'Comparison', op: '<', value: q('80') },
            { $type: 'Comparison', op: '<=', value: q('80') },
            { $type: 'Comparison', value: q('100') },
            { $type: 'Comparison', op: '=', value: q('100') },
        ] as unknown as Condition[];
        const keys = conditions.map(conditionKey);
        const sameBound = (x?: Exact, y?: Exact) => (x === undefined ? y === undefined : y !== undefined && x.equals(y));
        const sameInterval = (a: Condition, b: Condition) => {
            const [x, y] = [conditionInterval(a), conditionInterval(b)];
            return x.lowerInclusive === y.lowerInclusive && x.upperInclusive === y.upperInclusive && sameBound(x.lower, y.lower) && sameBound(x.upper, y.upper);
        };
        for (let i = 0; i < conditions.length; i++) {
            for (let j = i + 1; j < conditions.length; j++) {
                if (keys[i] === keys[j]) expect(sameInterval(conditions[i], conditions[j])).toBe(true);
            }
        }
        expect(keys[6]).toBe(keys[7]);
        expect(new Set(keys).size).toBe(7);
    });
});
