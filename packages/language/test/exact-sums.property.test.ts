/**
 * Property: a tree whose children's points are built to add up exactly is always clean, and
 * moving one leaf by the smallest unit of its notation always reports a sum error at its parent.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadTexts } from '../src/load.js';
import { exact, formatPoints, sum, type Exact } from '../src/model/points.js';

/** Points as people write them: hundredths as decimals, or fractions such as 10/3. */
const pointText = fc.oneof(
    fc.integer({ min: 1, max: 2000 }).map(h => formatPoints(exact(`${h}/100`))),
    fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 2, max: 12 })).map(([n, d]) => `${n}/${d}`),
);

interface Criterion { readonly components: string[] }
const criteria = fc.array(fc.record({ components: fc.array(pointText, { minLength: 1, maxLength: 5 }) }), { minLength: 1, maxLength: 4 });
const domains = fc.array(criteria, { minLength: 1, maxLength: 4 });

const value = (text: string): Exact => {
    const [n, d] = text.split('/');
    return d ? exact(n).div(exact(d)) : exact(n);
};

function render(tree: Criterion[][], perturb?: { domain: number; criterion: number; component: number }): { text: string; line?: number } {
    const lines: string[] = [];
    const domainMax = tree.map(cs => sum(cs.map(c => sum(c.components.map(value)))));
    let perturbedLine: number | undefined;
    lines.push(`set S "Thuộc tính" {`, `    total ${formatPoints(sum(domainMax))}`);
    tree.forEach((cs, d) => {
        lines.push(`    domain ${d + 1} "Lĩnh vực" max ${formatPoints(domainMax[d])} {`);
        cs.forEach((c, k) => {
            if (perturb && perturb.domain === d && perturb.criterion === k) perturbedLine = lines.length + 1;
            lines.push(`        criterion ${d + 1}.${k + 1} "Tiêu chí" max ${formatPoints(sum(c.components.map(value)))} {`);
            c.components.forEach((points, m) => {
                const shown = perturb && perturb.domain === d && perturb.criterion === k && perturb.component === m ? bump(points) : points;
                lines.push(`            component ${d + 1}.${k + 1}.${m + 1} "Thành phần" max ${shown}`);
            });
            lines.push('        }');
        });
        lines.push('    }');
    });
    lines.push('}');
    return { text: lines.join('\n'), line: perturbedLine };
}

/** The smallest step of the notation: the last decimal place, or one over the denominator. */
function bump(text: string): string {
    if (text.includes('/')) {
        const [n, d] = text.split('/');
        return `${Number(n) + 1}/${d}`;
    }
    const places = text.includes('.') ? text.split('.')[1].length : 0;
    return formatPoints(exact(text).add(exact(`1/${10 ** places}`)));
}

describe('exact sums never drift', () => {
    test('trees built to add up are clean', async () => {
        await fc.assert(fc.asyncProperty(domains, async tree => {
            const { files } = await loadTexts([{ path: '/prop/s.chiso', text: render(tree).text }], { lang: 'en' });
            const sumErrors = files[0].diagnostics.filter(d => d.code === 'chiso/sum-mismatch' || d.code === 'chiso/total-mismatch');
            expect(sumErrors).toEqual([]);
        }), { numRuns: Number(process.env.CHISO_FUZZ_RUNS ?? 40) });
    });

    test('one leaf moved by its smallest unit is reported at its criterion', async () => {
        const withTarget = domains.chain(tree => {
            const d = fc.integer({ min: 0, max: tree.length - 1 });
            return d.chain(di => fc.integer({ min: 0, max: tree[di].length - 1 }).chain(ki =>
                fc.integer({ min: 0, max: tree[di][ki].components.length - 1 }).map(mi => ({ tree, at: { domain: di, criterion: ki, component: mi } }))));
        });
        await fc.assert(fc.asyncProperty(withTarget, async ({ tree, at }) => {
            const { text, line } = render(tree, at);
            const { files } = await loadTexts([{ path: '/prop/s.chiso', text }], { lang: 'en' });
            const sumErrors = files[0].diagnostics.filter(d => d.code === 'chiso/sum-mismatch');
            expect(sumErrors.map(d => d.range.start.line + 1)).toEqual([line]);
        }), { numRuns: Number(process.env.CHISO_FUZZ_RUNS ?? 40) });
    });
});
