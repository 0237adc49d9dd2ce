/**
 * `chiso diff <old set> <new set> [--format text|md|json]`: what changed between two versions
 * of a criteria set. Exit codes: 0 reported (changes or none), 1 syntax errors, 2 input problems.
 */
import * as path from 'node:path';
import type { Lang } from '@chiso/language';
import { diffSets, sumProblems } from '../diff/diff.js';
import { ExitCode } from '../exit-codes.js';
import { diffText } from '../output/diff-report.js';
import { DIFF_FORMAT_VERSION } from '../output/format-versions.js';
import { loadSet } from '../set-input.js';
import type { Output } from './check.js';

export type DiffFormat = 'text' | 'md' | 'json';

export async function diff(before: string, after: string, options: { format: DiffFormat; lang: Lang }, output: Output): Promise<ExitCode> {
    const { lang } = options;
    const oldSet = await loadSet(before, lang, output, { allowCheckErrors: true });
    if (typeof oldSet === 'number') return oldSet;
    const nextSet = await loadSet(after, lang, output, { allowCheckErrors: true });
    if (typeof nextSet === 'number') return nextSet;
    const old = oldSet.compiled, next = nextSet.compiled;
    const changes = diffSets(old, next, lang);
    const notAddingUp = sumProblems(next, lang);
    if (options.format === 'json') output.out(JSON.stringify({ formatVersion: DIFF_FORMAT_VERSION, before: old.set.id, after: next.set.id, notAddingUp, changes }, null, 2));
    else output.out(diffText(changes, notAddingUp, path.basename(before), path.basename(after), lang, options.format === 'md'));
    return ExitCode.Clean;
}
