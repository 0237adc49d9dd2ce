/**
 * Every text value enters the model in Unicode NFC, so names, references and titles compare
 * equal however they were typed (Word paste gives decomposed Vietnamese). The source text is
 * untouched: positions stay right and `chiso/not-nfc` still points at the decomposed spelling.
 */
import type { CstNode, GrammarAST, ValueType } from 'langium';
import { DefaultValueConverter } from 'langium';

export class NfcValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        const value = super.runConverter(rule, input, cstNode);
        return typeof value === 'string' ? value.normalize('NFC') : value;
    }
}
