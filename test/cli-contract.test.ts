/**
 * The contract vendors rely on: a compiled set names its schema and version; the published schema
 * lets a 1.x reader accept what a later 1.x adds (our own tests validate with the closed variant,
 * test/contract-schema.ts); every JSON report says its format version; CHANGELOG.md records it.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { FORMAT_VERSION, SCHEMA_ID } from '../packages/language/src/outputs/format-version.js';
import { CHECK_FORMAT_VERSION, COMPARE_FORMAT_VERSION, DIFF_FORMAT_VERSION, SCORE_FORMAT_VERSION } from '../packages/cli/src/output/format-versions.js';
import { chiso, ROOT, workspace } from './cli.js';
import { publishedSchema, validateStrict } from './contract-schema.js';

const TINH_BIEN = 'examples/illustrative/tinhbien-2017';

function compiled(): Record<string, any> {
    const run = chiso(['compile', `${TINH_BIEN}/district.chiso`]);
    expect(run.status, run.stderr).toBe(0);
    return JSON.parse(run.stdout);
}

describe('the compiled set names its schema and version', () => {
    test('$schema is the schema\'s $id, first in the document; formatVersion is FORMAT_VERSION', () => {
        const doc = compiled();
        expect(publishedSchema().$id).toBe(SCHEMA_ID);
        expect(Object.keys(doc).slice(0, 2)).toEqual(['$schema', 'formatVersion']);
        expect(doc.$schema).toBe(SCHEMA_ID);
        expect(doc.formatVersion).toBe(FORMAT_VERSION);
        expect(validateStrict(doc), JSON.stringify(validateStrict.errors)).toBe(true);
    });

    test('a vendor registers the published schema and finds it by the document\'s $schema', () => {
        const ajv = new Ajv2020({ strict: true });
        ajv.addSchema(publishedSchema());
        const validate = ajv.getSchema(compiled().$schema);
        expect(validate).toBeDefined();
        expect(validate!(compiled())).toBe(true);
    });
});

describe('a new minor only adds fields', () => {
    /** What a later 1.x could write: fields this version does not know, at every level. */
    function later(doc: Record<string, any>): Record<string, any> {
        const next = structuredClone(doc);
        next.formatVersion = '1.99';
        next.publishedAt = '2031-01-01';
        next.set.portal = 'https://example.org';
        next.items[0].weight = 1;
        next.items[0].children[0].source.confidence = 'high';
        next.totals.bySource.citizens = 0;
        return next;
    }

    test('the published schema accepts a later 1.x document; the closed one our tests use refuses it', () => {
        const validate = new Ajv2020({ strict: true }).compile(publishedSchema());
        const doc = later(compiled());
        expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
        expect(validateStrict(doc)).toBe(false);
        expect(validateStrict.errors!.map(e => e.params)).toContainEqual({ additionalProperty: 'publishedAt' });
        // A new major is another contract.
        expect(validate({ ...doc, formatVersion: '2.0' })).toBe(false);
    });

    test('chiso score reads a later 1.x document as it reads this one', () => {
        const dir = workspace({ 'later.json': JSON.stringify(later(compiled())), 'now.json': JSON.stringify(compiled()) });
        const results = path.join(ROOT, TINH_BIEN, 'results-2016.csv');
        const now = chiso(['score', 'now.json', '--results', results, '--format', 'json'], { cwd: dir });
        const next = chiso(['score', 'later.json', '--results', results, '--format', 'json'], { cwd: dir });
        expect(next.status, next.stderr).toBe(0);
        expect(next.stdout).toBe(now.stdout);
    });
});

describe('every JSON report says its format version', () => {
    test('check, score, diff and compare', () => {
        const check = JSON.parse(chiso(['check', '--format', 'json', TINH_BIEN]).stdout);
        expect(check.formatVersion).toBe(CHECK_FORMAT_VERSION);
        const score = JSON.parse(chiso(['score', TINH_BIEN, '--results', `${TINH_BIEN}/results-2016.csv`, '--format', 'json']).stdout);
        expect(Object.keys(score)[0]).toBe('formatVersion');
        expect(score.formatVersion).toBe(SCORE_FORMAT_VERSION);
        const file = `${TINH_BIEN}/district.chiso`;
        const diff = JSON.parse(chiso(['diff', file, file, '--format', 'json']).stdout);
        expect(diff.formatVersion).toBe(DIFF_FORMAT_VERSION);
        const results = `${TINH_BIEN}/results-2016.csv`;
        const compare = JSON.parse(chiso(['compare', TINH_BIEN, TINH_BIEN, '--before', results, '--after', results, '--format', 'json']).stdout);
        expect(Object.keys(compare)[0]).toBe('formatVersion');
        expect(compare.formatVersion).toBe(COMPARE_FORMAT_VERSION);
        for (const version of [CHECK_FORMAT_VERSION, SCORE_FORMAT_VERSION, DIFF_FORMAT_VERSION, COMPARE_FORMAT_VERSION, FORMAT_VERSION]) expect(version).toMatch(/^\d+\.\d+$/);
    });

    test('CHANGELOG.md has an entry for the current version of each format', () => {
        const changelog = readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
        expect(changelog).toContain(`criteria-set contract ${FORMAT_VERSION}`);
        for (const [name, version] of [['check', CHECK_FORMAT_VERSION], ['score', SCORE_FORMAT_VERSION], ['diff', DIFF_FORMAT_VERSION], ['compare', COMPARE_FORMAT_VERSION]]) {
            expect(changelog).toContain(`\`${name} --format json\` ${version}`);
        }
    });
});
