/**
 * Every text value enters the model in Unicode NFC, so names, references and titles compare
 * equal however they were typed (Word paste gives decomposed Vietnamese). The source text is
 * untouched: positions stay right and `chiso/not-nfc` still points at the decomposed spelling.
 */
import type { CstNode, GrammarAST, ValueType } from 'langium';
import { DefaultValueConverter, isLeafCstNode } from 'langium';
import { UNCLOSED_STRING } from '../parser/chiso-lexer.js';

export class NfcValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        // A string left open (chiso-lexer.ts) has no closing quote to drop.
        const closed = isLeafCstNode(cstNode) && cstNode.tokenType.name === UNCLOSED_STRING ? `${input}"` : input;
        const value = super.runConverter(rule, closed, cstNode);
        return typeof value === 'string' ? value.normalize('NFC') : value;
    }
}
