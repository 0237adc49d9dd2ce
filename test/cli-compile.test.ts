import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Fraction } from 'fraction.js';
import { describe, expect, test } from 'vitest';
import { chiso, ROOT, workspace } from './cli.js';
import { FORMAT_VERSION } from '../packages/language/src/outputs/format-version.js';
import { validateStrict as validate } from './contract-schema.js';


const EXAMPLES = path.join(ROOT, 'examples');
const folders = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.chiso')).map(f => path.dirname(f)).filter((d, i, all) => all.indexOf(d) === i).sort();

/** JSON points back to exact values: numbers are read as the decimals they print as. */
const exact = (v: number | string) => new Fraction(typeof v === 'number' ? String(v) : v);
const sum = (vs: (number | string)[]) => vs.reduce<Fraction>((a, v) => a.add(exact(v)), new Fraction(0));

interface Node { maxPoints: number | string; children: Node[]; code: string; source: { kind: string }; outline?: Record<string, number | null> }

function checkSums(node: Node): void {
    if (node.children.length === 0) return;
    expect(sum(node.children.map(c => c.maxPoints)).equals(exact(node.maxPoints)), `children of ${node.code}`).toBe(true);
    node.children.forEach(checkSums);
}

function leaves(node: Node): Node[] {
    return node.children.length === 0 ? [node] : node.children.flatMap(leaves);
}

/** A folder whose real examples expect errors: the published figures do not add up. */
function expectsErrors(folder: string): boolean {
    const dir = path.join(EXAMPLES, folder);
    return readdirSync(dir).some(f => f.endsWith('.chiso') && /\$TEST\$ error/.test(readFileSync(path.join(dir, f), 'utf8')));
}

describe('chiso compile', () => {
    test.each(folders)('%s compiles to schema-valid JSON whose sums hold exactly', folder => {
        const out = workspace({});
        const run = chiso(['compile', path.join('examples', folder), '-o', out]);
        // A real example that shows a published inconsistency (test/examples.test.ts pins it) is not compiled.
        if (expectsErrors(folder)) {
            expect(run.status, run.stderr).toBe(1);
            return;
        }
        expect(run.status, run.stderr).toBe(0);
        const files = readdirSync(out).filter(f => f.endsWith('.json'));
        const hasSets = run.stderr.includes('Wrote');
        expect(files.length > 0).toBe(hasSets);
        for (const file of files) {
            const doc = JSON.parse(readFileSync(path.join(out, file), 'utf8'));
            expect(validate(doc), JSON.stringify(validate.errors, null, 2)).toBe(true);
            doc.items.forEach(checkSums);
            // A set published with its header only has no domains yet, so nothing to add up.
            if (doc.items.length === 0) continue;
            // Outlines whose points were not published: only the known points are added up.
            const unknown = doc.items.flatMap(leaves).filter((leaf: Node) => leaf.maxPoints === null);
            expect(unknown.every((leaf: Node) => leaf.outline)).toBe(true);
            expect(doc.totals.pointsUnknown).toBe(unknown.length > 0 ? unknown.length : undefined);
            if (unknown.length > 0) continue;
            expect(sum(doc.items.map((i: Node) => i.maxPoints)).equals(exact(doc.set.total))).toBe(true);
            expect(exact(doc.totals.maxPoints).equals(exact(doc.set.total))).toBe(true);
            const bySource: Record<string, Fraction> = { appraisal: new Fraction(0), survey: new Fraction(0), specialist: new Fraction(0) };
            for (const leaf of doc.items.flatMap(leaves)) bySource[leaf.source.kind] = bySource[leaf.source.kind].add(exact(leaf.maxPoints));
            // An outline with a split of its own counts by that split.
            const outlines = doc.items.flatMap(leaves).some((leaf: Node) => leaf.outline);
            if (!outlines) for (const [kind, value] of Object.entries(bySource)) expect(exact(doc.totals.bySource[kind]).equals(value), kind).toBe(true);
            // Outline items' unwritten children may take their points from any source: the split then
            // lies between what the written leaves give and that plus the outlines' points.
            const written: Record<string, Fraction> = { appraisal: new Fraction(0), survey: new Fraction(0), specialist: new Fraction(0) };
            let outlined = new Fraction(0);
            for (const leaf of doc.items.flatMap(leaves)) {
                if (leaf.outline) outlined = outlined.add(exact(leaf.maxPoints));
                else written[leaf.source.kind] = written[leaf.source.kind].add(exact(leaf.maxPoints));
            }
            for (const part of doc.set.split as { sources: string[]; points: number | string }[]) {
                const known = part.sources.reduce((a, k) => a.add(written[k]), new Fraction(0));
                const declared = exact(part.points);
                expect(known.compare(declared) <= 0 && known.add(outlined).compare(declared) >= 0, `split ${part.sources.join('+')}`).toBe(true);
            }
        }
    });

    test('output is byte-identical across runs', () => {
        const first = workspace({}), second = workspace({});
        expect(chiso(['compile', 'examples/illustrative/vinhlong-2023', '-o', first]).status).toBe(0);
        expect(chiso(['compile', 'examples/illustrative/vinhlong-2023', '-o', second]).status).toBe(0);
        for (const file of readdirSync(first)) {
            expect(readFileSync(path.join(second, file))).toEqual(readFileSync(path.join(first, file)));
        }
        expect(readdirSync(first).sort()).toEqual(['VinhLong2023Huyen.json', 'VinhLong2023So.json', 'VinhLong2023Xa.json'].sort());
    });

    test('a single set goes to stdout; fractions stay exact as strings', () => {
        const dir = workspace({ 's.chiso': 'set S "Ba phần" {\n  total 10\n  domain 1 "A" max 10/3\n  domain 2 "B" max 10/3\n  domain 3 "C" max 10/3\n}\n' });
        const run = chiso(['compile', 's.chiso'], { cwd: dir });
        expect(run.status).toBe(0);
        const doc = JSON.parse(run.stdout);
        expect(validate(doc)).toBe(true);
        expect(doc.items.map((i: Node) => i.maxPoints)).toEqual(['10/3', '10/3', '10/3']);
        expect(doc.totals.maxPoints).toBe(10);
    });

    test('outline items compile as leaves marked "outline", valid against the schema; a header-only set has no items', () => {
        const dir = workspace({ 's.chiso': `set O "Dàn ý" {
    total 20
    counts { domains 2  criteria 8  components 8 }
    domain 1 "Chi tiết" max 10 {
        criterion 1.1 "Dàn ý" max 10 { counts { components 2 } }
    }
    domain 2 "Chưa chi tiết" max 10 { counts { criteria 7  components 6 } }
}
set H "Chỉ có phần khai báo" {
    total 100
    split { appraisal 80  survey 20 }
    counts { domains 8  criteria 39 }
}
` });
        const run = chiso(['compile', 's.chiso', '-o', 'out'], { cwd: dir });
        expect(run.status, run.stderr).toBe(0);
        const outline = JSON.parse(readFileSync(path.join(dir, 'out/O.json'), 'utf8'));
        expect(validate(outline), JSON.stringify(validate.errors)).toBe(true);
        expect(outline.formatVersion).toBe(FORMAT_VERSION);
        expect(outline.items[0]).not.toHaveProperty('outline');
        expect(outline.items[0].children[0]).toMatchObject({ code: '1.1', children: [], scoring: null, outline: { components: 2 } });
        expect(outline.items[1]).toMatchObject({ code: '2', children: [], scoring: null, outline: { criteria: 7, components: 6 } });
        // The counts are what is written; the declared ones stay as declared.
        expect(outline.totals.counts).toEqual({ domains: 2, criteria: 1, components: 0 });
        const header = JSON.parse(readFileSync(path.join(dir, 'out/H.json'), 'utf8'));
        expect(validate(header), JSON.stringify(validate.errors)).toBe(true);
        expect(header).toMatchObject({ items: [], set: { total: 100, declaredCounts: { domains: 8, criteria: 39, components: null } }, totals: { maxPoints: 0 } });
        // An "outline" the contract does not describe is refused.
        outline.items[1].outline.domains = 1;
        expect(validate(outline)).toBe(false);
    });

    test('an outline whose points were not published compiles with maxPoints null and the totals marked incomplete', () => {
        const dir = workspace({ 's.chiso': 'set U \"Chưa công bố điểm\" {\n    total 10\n    counts { domains 2  criteria 4 }\n    domain 1 \"Chi tiết\" max 4 { criterion 1.1 \"A\" max 4 }\n    domain 2 \"Chưa có điểm\" { counts { criteria 3 } }\n}\n' });
        const run = chiso(['compile', 's.chiso', '-o', 'u.json'], { cwd: dir });
        expect(run.status, run.stderr).toBe(0);
        const doc = JSON.parse(readFileSync(path.join(dir, 'u.json'), 'utf8'));
        expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
        expect(doc.items[1]).toMatchObject({ code: '2', maxPoints: null, outline: { criteria: 3, components: null } });
        expect(doc.totals).toMatchObject({ maxPoints: 4, pointsUnknown: 1 });
        // Points may be left out only by an outline.
        delete doc.items[1].outline;
        expect(validate(doc)).toBe(false);
    });

    test('-o with a .json name writes that file', () => {
        const dir = workspace({ 's.chiso': 'set S "A" { domain 1 "B" max 100 }\n' });
        const run = chiso(['compile', 's.chiso', '-o', 'out/set.json'], { cwd: dir });
        expect(run.status).toBe(0);
        expect(JSON.parse(readFileSync(path.join(dir, 'out/set.json'), 'utf8')).set.id).toBe('S');
    });

    test('a set with errors is not compiled: exit 1, the errors, nothing written', () => {
        const dir = workspace({ 's.chiso': 'set S "A" { domain 1 "B" max 99 }\n' });
        const run = chiso(['compile', 's.chiso', '-o', 'out'], { cwd: dir });
        expect(run.status).toBe(1);
        expect(run.stderr).toContain('s.chiso:1:5: error chiso/total-mismatch');
        expect(run.stderr).toContain('Not compiled: 1 error must be fixed first');
        expect(readdirSync(dir)).toEqual(['s.chiso']);
    });

    test('several sets without -o is a usage error; a file without sets is an input problem', () => {
        const dir = workspace({ 's.chiso': 'set S "A" { domain 1 "B" max 100 }\nset T "C" { domain 1 "D" max 100 }\n', 'a.chiso': 'agency X "Y"\n' });
        expect(chiso(['compile', 's.chiso'], { cwd: dir }).status).toBe(2);
        const run = chiso(['compile', 'a.chiso'], { cwd: dir });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('hold no criteria set');
    });
});
