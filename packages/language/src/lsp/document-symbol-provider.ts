/**
 * The outline: sets, their domains, criteria and components nested as in the file, each as
 * `code title` with its max points as detail; a set's classes first, their titles as detail;
 * deduction groups with their items; agencies and surveys as `name title`. The same names and
 * kinds serve workspace symbols (classes excepted: nothing to look up by name).
 */
import type { CstNode, LangiumDocument } from 'langium';
import { GrammarUtils } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { ChisoServices } from './chiso-lsp-module.js';
import type { Agency, Classes, CriteriaSet, DeductionGroup, Document, Item, Survey } from '../generated/ast.js';
import { isAgency, isCriteriaSet, isDeductionGroup, isItem } from '../generated/ast.js';
import type { ChisoLocale } from '../i18n/locale.js';
import { renderEditorText, word, type Lang } from '../i18n/index.js';
import { declaredTotal } from '../model/analysis.js';
import { parsePoints, type Exact } from '../model/points.js';
import { maxOf } from '../model/tree.js';
import { codeOf } from './figures.js';

const ITEM_KINDS: Record<Item['kind'], SymbolKind> = {
    domain: SymbolKind.Module,
    criterion: SymbolKind.Class,
    component: SymbolKind.Field,
};

export type SymbolNode = CriteriaSet | DeductionGroup | Item | Agency | Survey;

export function symbolKind(node: SymbolNode): SymbolKind {
    if (isItem(node)) return ITEM_KINDS[node.kind] ?? SymbolKind.Field;
    if (isCriteriaSet(node)) return SymbolKind.Package;
    if (isDeductionGroup(node)) return SymbolKind.Namespace;
    if (isAgency(node)) return SymbolKind.Object;
    return SymbolKind.Event;
}

/** `1.1 Kế hoạch CCHC`, `SoNoiVu Sở Nội vụ`; never empty, which editors reject. */
export function symbolName(lang: Lang, node: SymbolNode): string {
    if (isItem(node)) return [codeOf(node), node.title].filter(Boolean).join(' ');
    if (isDeductionGroup(node)) return node.title || word(lang, 'deductions');
    const name = [node.name, node.title].filter(Boolean).join(' ');
    return name || word(lang, isCriteriaSet(node) ? 'setDecl' : isAgency(node) ? 'agency' : 'surveyDecl');
}

/** The token a symbol is selected by: an item's code, a group's title, a declaration's name. */
export function symbolNameNode(node: SymbolNode): CstNode | undefined {
    const property = isItem(node) ? 'code' : isDeductionGroup(node) ? 'title' : 'name';
    return GrammarUtils.findNodeForProperty(node.$cstNode, property) ?? node.$cstNode;
}

export class ChisoDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly locale: ChisoLocale;

    constructor(services: ChisoServices) {
        this.locale = services.i18n.Locale;
    }

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const root = document.parseResult?.value as Document | undefined;
        return (root?.elements ?? []).flatMap(element => this.symbol(this.locale.lang, element));
    }

    private symbol(lang: Lang, node: SymbolNode): DocumentSymbol[] {
        const range = node.$cstNode?.range;
        const selection = symbolNameNode(node)?.range;
        if (!range || !selection) return [];
        const max = this.max(node);
        return [{
            name: symbolName(lang, node),
            kind: symbolKind(node),
            detail: max ? renderEditorText(lang, 'points', { points: max }) : undefined,
            range,
            selectionRange: selection,
            children: [
                ...(isCriteriaSet(node) ? node.classes.flatMap(classes => this.classes(lang, classes)) : []),
                ...symbolChildren(node).flatMap(child => this.symbol(lang, child)),
            ],
        }];
    }

    private classes(lang: Lang, classes: Classes): DocumentSymbol[] {
        const range = classes.$cstNode?.range;
        const keyword = GrammarUtils.findNodeForKeyword(classes.$cstNode, 'classes')?.range;
        if (!range || !keyword) return [];
        const titles = classes.bands.map(band => band.title).filter(title => title !== undefined);
        return [{ name: word(lang, 'classes'), kind: SymbolKind.Enum, detail: titles.join(', ') || undefined, range, selectionRange: keyword }];
    }

    private max(node: SymbolNode): Exact | undefined {
        if (isItem(node)) return maxOf(node);
        if (isDeductionGroup(node)) return parsePoints(node.max);
        return isCriteriaSet(node) ? declaredTotal(node) : undefined;
    }
}

/** Nested symbols in the order they are written (a set's domains and deduction groups may interleave). */
export function symbolChildren(node: SymbolNode): SymbolNode[] {
    if (isItem(node)) return node.children;
    if (isDeductionGroup(node)) return node.items;
    if (isCriteriaSet(node)) return [...node.items, ...node.deductions].sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
    return [];
}
