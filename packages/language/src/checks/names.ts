/** Names of agencies, surveys and sets are unique within a folder, the scope references resolve in. */
import type { AstNode, IndexManager, LangiumDocument, LangiumDocuments, URI } from 'langium';
import { AstUtils } from 'langium';
import { isAgency, isCriteriaSet, isSurvey, type TopLevel } from '../generated/ast.js';
import type { Lang } from '../i18n/index.js';
import { word } from '../i18n/index.js';
import { inSameFolder } from '../references/folder-scope.js';
import { hasSyntaxErrors } from '../chiso-document-validator.js';
import type { ChecksFor } from './report.js';

function what(lang: Lang, element: TopLevel): string {
    if (isAgency(element)) return word(lang, 'agency');
    if (isSurvey(element)) return word(lang, 'surveyDecl');
    return word(lang, 'setDecl');
}

function relativeName(uri: string): string {
    return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

/**
 * Needs the index of other documents, so it is built with the services. A file with syntax errors
 * is not compared with: its recovered tree may hold declarations nobody wrote.
 */
export function nameChecks(indexManager: IndexManager, documents: LangiumDocuments): ChecksFor {
    return {
        Document: (document, report, lang) => {
            const self: LangiumDocument = AstUtils.getDocument(document as AstNode);
            const seen = new Set<string>();
            for (const element of document.elements) {
                const key = `${element.$type}:${element.name}`;
                if (seen.has(key)) {
                    report('duplicate-name', { node: element, property: 'name' }, { name: element.name, what: what(lang, element), where: '' });
                    continue;
                }
                seen.add(key);
                if (isCriteriaSet(element) || isAgency(element) || isSurvey(element)) {
                    const elsewhere = indexManager.allElements(element.$type)
                        .find(desc => desc.name === element.name && desc.documentUri.toString() !== self.uri.toString() && inSameFolder(desc, self)
                            && !withSyntaxErrors(documents, desc.documentUri));
                    if (elsewhere) {
                        report('duplicate-name', { node: element, property: 'name' },
                            { name: element.name, what: what(lang, element), where: `${word(lang, 'inFile')} ${relativeName(elsewhere.documentUri.toString())}` });
                    }
                }
            }
        },
    };
}

function withSyntaxErrors(documents: LangiumDocuments, uri: URI): boolean {
    const document = documents.getDocument(uri);
    return document !== undefined && hasSyntaxErrors(document);
}
