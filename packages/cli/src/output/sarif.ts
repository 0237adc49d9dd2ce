/** SARIF 2.1.0 for code-scanning tools: one run, one result per finding, rules by code. */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { neutraliseControls } from '@chiso/language/safe-text';
import type { Finding } from './diagnostics.js';
import type { Lang } from '@chiso/language/i18n';
import { findingDocUrl, findingRule } from '../rules/index.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function toSarif(findings: readonly Finding[], version: string, lang: Lang): object {
    const codes = [...new Set(findings.map(f => f.code))].sort();
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'chiso',
                    version,
                    rules: codes.map(id => {
                        const rule = findingRule(id);
                        const helpUri = findingDocUrl(id, lang);
                        return {
                            id,
                            ...(helpUri ? { helpUri } : {}),
                            ...(rule?.docs ? {
                                shortDescription: { text: rule.docs.catches[lang] },
                                fullDescription: { text: `${rule.docs.catches[lang]} ${rule.docs.why[lang]}` },
                                help: { text: rule.docs.fix[lang], markdown: rule.docs.fix[lang] },
                            } : {}),
                            defaultConfiguration: { level: LEVEL[rule?.severity ?? 'error'] },
                        };
                    }),
                },
            },
            results: findings.map(f => ({
                ruleId: f.code,
                ruleIndex: codes.indexOf(f.code),
                level: LEVEL[f.severity],
                message: { text: neutraliseControls(f.message) },
                locations: [{
                    physicalLocation: {
                        artifactLocation: { uri: artifactUri(f.file) },
                        region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(f.endColumn, f.column) },
                    },
                }],
            })),
        }],
    };
}

/**
 * A finding's file as SARIF wants it, a URI reference: a relative path percent-encoded segment by
 * segment (`Sở Nội vụ/bộ 2024.chiso` has spaces and Vietnamese letters), an absolute one a file: URI.
 */
export function artifactUri(file: string): string {
    const slashed = file.split('\\').join('/');
    if (path.isAbsolute(file) || /^[A-Za-z]:\//.test(slashed)) return pathToFileURL(file).href;
    return slashed.split('/').map(encodeURIComponent).join('/');
}
