/** Exact numbers for scoring: JSON points and result values become fractions, never floats. */
import { Fraction } from 'fraction.js';
import type { JsonPoints } from '@chiso/language';

export type Exact = Fraction;
export const ZERO = new Fraction(0);
export const HUNDRED = new Fraction(100);

const parsed = new Map<JsonPoints, Exact>();

/**
 * A JSON point value of the contract: a number read as the decimal it prints as, or "n/d".
 * Memoised: a set has few distinct values, and scoring reads them once per unit.
 */
export function fromJson(value: JsonPoints): Exact {
    let exact = parsed.get(value);
    if (!exact) {
        exact = typeof value === 'number' ? printedDecimal(value) : new Fraction(value);
        parsed.set(value, exact);
    }
    return exact;
}

/** The decimal a JSON number prints as, exactly; JavaScript prints 10^21 and up, and below 10^-6, with an exponent. */
function printedDecimal(value: number): Exact {
    const [mantissa, exponent = '0'] = String(value).split('e');
    return new Fraction(mantissa).mul(new Fraction(10).pow(Number(exponent)));
}

const values = new Map<string, Exact | undefined>();
const MAX_VALUES = 100_000;

/**
 * A value typed in a results file: `0.5`, `0,5` (Vietnamese decimal comma), `85%`, `10/3`.
 * Undefined when it is not a number. Memoised (up to a bound): results repeat the same values.
 */
export function parseValue(text: string): Exact | undefined {
    if (values.has(text)) return values.get(text);
    const compact = text.trim().replace(/%$/, '').replace(/^(\d+),(\d+)$/, '$1.$2');
    const value = !/^-?\d+(\.\d+)?(\/\d+)?$/.test(compact) || /\/0+$/.test(compact) ? undefined : new Fraction(compact);
    if (values.size < MAX_VALUES) values.set(text, value);
    return value;
}

/** For people: a short decimal when exact, else rounded half-up to `places` (index percentages). */
export function display(value: Exact, places = 2, decimalComma = false): string {
    const text = value.round(places).toString(places).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
    return decimalComma ? text.replace('.', ',') : text;
}
