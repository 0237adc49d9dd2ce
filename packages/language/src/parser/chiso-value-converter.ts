/**
 * How token text becomes AST values. Three departures from Langium's default converter:
 * - Whole numbers stay text, as decimals already do: Langium's `parseInt` turned
 *   `total 9007199254740993` into …992 and `year 99999999999999999999999` into `1e+23`, and it
 *   rewrote the code `01` as `1`. The model converts number text exactly (model/points.ts).
 * - In strings only `\"` and `\\` are escapes; any other backslash is kept, so `"C:\new"` stays
 *   `C:\new` (Langium read `\n` as a line break). Officers paste paths and legal text, never escapes.
 * - Every text value enters the model in Unicode NFC, so names, references and titles compare
 *   equal however they were typed (Word paste gives decomposed Vietnamese). The source text is
 *   untouched: positions stay right and `chiso/not-nfc` still points at the decomposed spelling.
 */
import type { CstNode, GrammarAST, ValueType } from 'langium';
import { DefaultValueConverter, isLeafCstNode } from 'langium';
import { UNCLOSED_STRING } from './chiso-lexer.js';

export class ChisoValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'INT') return input;
        // A string left open (chiso-lexer.ts) has no closing quote to drop.
        if (rule.name === 'STRING') return unquote(isLeafCstNode(cstNode) && cstNode.tokenType.name === UNCLOSED_STRING ? `${input}"` : input).normalize('NFC');
        const value = super.runConverter(rule, input, cstNode);
        return typeof value === 'string' ? value.normalize('NFC') : value;
    }
}

/** The text between the quotes, with `\"` and `\\` unescaped and every other backslash kept. */
export function unquote(token: string): string {
    return token.slice(1, -1).replace(/\\(["\\])/g, '$1');
}
