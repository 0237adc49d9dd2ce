/**
 * `chiso compile <file or folder> [-o out]`: one JSON document per criteria set, byte-identical
 * across runs; a set with errors is never compiled. Without -o a single set goes to stdout;
 * `-o x.json` names the file for a single set; any other `-o` is a folder of `<set id>.json`.
 * Nothing is written outside the path given.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { compileSet, renderMessage, serializeCompiledSet, type Lang } from '@chiso/language';
import { ExitCode } from '../exit-codes.js';
import { displayPath, formatFindings, loadWorkspace } from '../workspace.js';
import type { Output } from './check.js';

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
        output.err(renderMessage(lang, 'compile-refused', { count: errors.length }));
        return ExitCode.Findings;
    }
    const sets = workspace.result.files.flatMap(file => file.sets);
    if (sets.length === 0) {
        output.err(renderMessage(lang, 'compile-no-sets'));
        return ExitCode.InputProblem;
    }
    const documents = sets.map(set => ({ id: set.name, text: serializeCompiledSet(compileSet(set)) }));
    if (options.out === undefined || (options.out.endsWith('.json') && documents.length > 1)) {
        if (documents.length > 1) {
            output.err(renderMessage(lang, 'compile-needs-out', { count: documents.length }));
            return ExitCode.InputProblem;
        }
        output.out(documents[0].text.trimEnd());
        return ExitCode.Clean;
    }
    const targets = options.out.endsWith('.json')
        ? [{ file: options.out, text: documents[0].text }]
        : documents.map(d => ({ file: path.join(options.out!, `${d.id}.json`), text: d.text }));
    for (const target of targets) {
        try {
            await mkdir(path.dirname(path.resolve(target.file)), { recursive: true });
            await writeFile(target.file, target.text, 'utf8');
        } catch (error) {
            output.err(renderMessage(lang, 'output-unwritable', { file: target.file, detail: (error as Error).message }));
            return ExitCode.InputProblem;
        }
        output.err(renderMessage(lang, 'compile-wrote', { file: displayPath(path.resolve(target.file)) }));
    }
    return ExitCode.Clean;
}
