/**
 * `chiso compile <file or folder> [-o out]`: one JSON document per criteria set, byte-identical
 * across runs; a set with errors is never compiled. Without -o a single set goes to stdout;
 * `-o x.json` names the file for a single set; any other `-o` is a folder of `<set id>.json`.
 * Nothing is written outside the path given, no file twice, and never over a file read.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { compileSet, serializeCompiledSet, type Lang } from '@chiso/language';
import { ExitCode } from '../exit-codes.js';
import { inputAt } from '../output-target.js';
import { displayPath, formatFindings, loadWorkspace } from '../workspace.js';
import type { Output } from './check.js';
import { renderCommandMessage } from '../rules/index.js';

export interface CompileOptions {
    readonly out?: string;
    readonly lang: Lang;
}

export async function compile(inputs: readonly string[], options: CompileOptions, output: Output): Promise<ExitCode> {
    const { lang } = options;
    const workspace = await loadWorkspace(inputs, lang);
    if (workspace.result.problems.length > 0) {
        formatFindings(workspace, lang, ['error']).forEach(text => output.err(text));
        return ExitCode.InputProblem;
    }
    const errors = workspace.findings.filter(f => f.severity === 'error');
    if (errors.length > 0) {
        formatFindings(workspace, lang, ['error']).forEach(text => output.err(text));
        output.err(renderCommandMessage(lang, 'compile-refused', { count: errors.length }));
        return ExitCode.Findings;
    }
    const sets = workspace.result.files.flatMap(file => file.sets.map(set => ({ set, file: file.path })));
    if (sets.length === 0) {
        output.err(renderCommandMessage(lang, 'compile-no-sets'));
        return ExitCode.InputProblem;
    }
    const documents = sets.map(({ set, file }) => ({ id: set.name, file, text: serializeCompiledSet(compileSet(set)) }));
    if (options.out === undefined || (options.out.endsWith('.json') && documents.length > 1)) {
        if (documents.length > 1) {
            output.err(renderCommandMessage(lang, 'compile-needs-out', { count: documents.length }));
            return ExitCode.InputProblem;
        }
        output.out(documents[0].text.trimEnd());
        return ExitCode.Clean;
    }
    const out = options.out;
    const single = out.endsWith('.json');
    if (!single && (await stat(out).then(info => !info.isDirectory(), () => false))) {
        output.err(renderCommandMessage(lang, 'output-not-folder', { file: out }));
        return ExitCode.InputProblem;
    }
    const targets = single ? [{ ...documents[0], target: out }] : documents.map(d => ({ ...d, target: path.join(out, `${d.id}.json`) }));
    // Two provinces' sets may share an id: each file is written once, or nothing is (names compared as a
    // case-insensitive disk would).
    const seen = new Map<string, (typeof targets)[number]>();
    for (const t of targets) {
        const key = path.resolve(t.target).normalize('NFC').toLowerCase();
        const first = seen.get(key);
        if (first) {
            output.err(renderCommandMessage(lang, 'output-collision', { id: t.id, first: displayPath(first.file), second: displayPath(t.file), file: t.target }));
            return ExitCode.InputProblem;
        }
        seen.set(key, t);
        const input = await inputAt(t.target, workspace.result.read);
        if (input !== undefined) {
            output.err(renderCommandMessage(lang, 'output-is-input', { file: t.target, input: displayPath(input) }));
            return ExitCode.InputProblem;
        }
    }
    for (const t of targets) {
        try {
            await mkdir(path.dirname(path.resolve(t.target)), { recursive: true });
            await writeFile(t.target, t.text, 'utf8');
        } catch (error) {
            output.err(renderCommandMessage(lang, 'output-unwritable', { file: t.target, detail: (error as Error).message }));
            return ExitCode.InputProblem;
        }
        output.err(renderCommandMessage(lang, 'compile-wrote', { file: displayPath(path.resolve(t.target)) }));
    }
    return ExitCode.Clean;
}
