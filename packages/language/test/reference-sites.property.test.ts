/**
 * Chiso links, indexes and looks up references only where the grammar puts them
 * (references/reference-sites.ts) and only from nodes in the document's tree
 * (references/attached-references.ts). Property: on any broken text the outcome is the one
 * Langium's own services reach by walking the whole tree — the same references resolved to the
 * same declarations (or failing alike), the same reference index, the same declaration found from
 * every token — so recovery from a syntax error can never put a reference where Chiso does not look.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
    AstUtils, createDefaultCoreModule, createDefaultSharedCoreModule, CstUtils, DefaultLinker, DefaultReferenceDescriptionProvider,
    DefaultReferences, DefaultScopeComputation, EmptyFileSystem, inject, isLeafCstNode, type LangiumDocument, type Module, type PartialLangiumCoreServices,
} from 'langium';
import { ChisoCoreModule, ChisoSharedCoreModule, completeChisoServices, createChisoCoreServices, type ChisoCoreAllServices, type ChisoCoreServices } from '../src/chiso-module.js';
import { ChisoGeneratedModule, ChisoGeneratedSharedModule } from '../src/generated/module.js';
import { loadTexts } from '../src/load.js';
import { AttachedReferences } from '../src/references/attached-references.js';
import { ChisoLinker, ChisoReferenceDescriptionProvider, ChisoScopeComputation } from '../src/references/reference-sites.js';
import { apply, EXAMPLE_TEXTS, mutation } from './mutations.js';

const RUNS = Number(process.env.CHISO_FUZZ_RUNS ?? 100);

/** Langium's defaults in place of each of Chiso's reference services; everything else as Chiso has it. */
const LangiumReferenceServices: Module<ChisoCoreServices, PartialLangiumCoreServices> = {
    references: {
        ScopeComputation: services => new DefaultScopeComputation(services),
        Linker: services => new DefaultLinker(services),
        References: services => new DefaultReferences(services),
    },
    workspace: {
        ReferenceDescriptionProvider: services => new DefaultReferenceDescriptionProvider(services),
    },
};

function langiumServices(): ChisoCoreAllServices {
    const shared = inject(createDefaultSharedCoreModule(EmptyFileSystem), ChisoGeneratedSharedModule, ChisoSharedCoreModule);
    const Chiso = inject(createDefaultCoreModule({ shared }), ChisoGeneratedModule, ChisoCoreModule, LangiumReferenceServices);
    return completeChisoServices({ shared, Chiso }, false);
}

const chiso = createChisoCoreServices(EmptyFileSystem);
const langium = langiumServices();

/** Everything references lead to in one document, as paths in its tree (the same text gives the same tree). */
async function outcome(services: ChisoCoreAllServices, text: string) {
    const { files } = await loadTexts([{ path: '/fuzz/refs.chiso', text }], { lang: 'en', services });
    const document: LangiumDocument = files[0].document;
    const { AstNodeLocator } = services.Chiso.workspace;
    const path = (node: { $document?: unknown } & Parameters<typeof AstNodeLocator.getAstNodePath>[0]) => AstNodeLocator.getAstNodePath(node);
    const linked = document.references.map(ref => `${ref.$refText} → ${ref.ref ? path(ref.ref) : `unresolved`}`).sort();
    const indexed = (await services.Chiso.workspace.ReferenceDescriptionProvider.createDescriptions(document))
        .map(d => `${d.sourcePath} ${d.local} → ${d.targetUri.path}${d.targetPath}`).sort();
    const root = document.parseResult.value;
    const declarations = root.$cstNode ? CstUtils.streamCst(root.$cstNode).filter(isLeafCstNode).map(leaf => {
        // Langium's lookup would log "AST node has no document" from a node recovery left out of the tree: there, none.
        const attached = AstUtils.findRootNode(leaf.astNode) === root;
        const found = attached || services === chiso ? services.Chiso.references.References.findDeclarations(leaf) : [];
        return `${leaf.offset}: ${found.map(path).join(', ')}`;
    }).toArray() : [];
    return { linked, indexed, declarations };
}

describe('reference sites', () => {
    test('the language uses Chiso’s reference services, the comparison Langium’s', () => {
        expect(chiso.Chiso.references.Linker).toBeInstanceOf(ChisoLinker);
        expect(chiso.Chiso.references.ScopeComputation).toBeInstanceOf(ChisoScopeComputation);
        expect(chiso.Chiso.references.References).toBeInstanceOf(AttachedReferences);
        expect(chiso.Chiso.workspace.ReferenceDescriptionProvider).toBeInstanceOf(ChisoReferenceDescriptionProvider);
        expect(langium.Chiso.references.Linker).not.toBeInstanceOf(ChisoLinker);
        expect(langium.Chiso.references.References).not.toBeInstanceOf(AttachedReferences);
    });

    test('mutated examples: the references Chiso links, indexes and finds are those of Langium’s full walk', async () => {
        await fc.assert(fc.asyncProperty(fc.constantFrom(...EXAMPLE_TEXTS), fc.array(mutation, { minLength: 1, maxLength: 6 }), async (source, edits) => {
            const text = apply(source, edits);
            expect(await outcome(chiso, text)).toEqual(await outcome(langium, text));
        }), { numRuns: RUNS });
    }, Math.max(30_000, RUNS * 300));

    test('the examples as written, each alone: the same references resolve, and the same fail (agencies of sibling files)', async () => {
        let resolved = 0;
        for (const text of EXAMPLE_TEXTS) {
            const expected = await outcome(langium, text);
            resolved += expected.linked.filter(ref => !ref.endsWith('unresolved')).length;
            expect(await outcome(chiso, text)).toEqual(expected);
        }
        expect(resolved).toBeGreaterThan(10);
    });
});
