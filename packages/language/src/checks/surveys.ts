/** Surveys: respondent groups add up to the declared sample size (Thái Nguyên 2018: 741 and 333), exactly. */
import { respondentsSum } from '../model/analysis.js';
import { wholeNumber } from '../model/points.js';
import type { ChecksFor } from './report.js';

export const surveyChecks: ChecksFor = {
    Sample: (sample, report) => {
        const expected = wholeNumber(sample.total);
        const actual = respondentsSum(sample);
        if (expected === undefined || actual === undefined || actual === expected) return;
        report('respondents-mismatch', { node: sample, property: 'total' },
            { expected: sample.total, actual: String(actual), difference: String(actual > expected ? actual - expected : expected - actual) },
            { actual: Number(actual) });
    },
};
