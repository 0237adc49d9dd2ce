/** Surveys: respondent groups add up to the declared sample size (Thái Nguyên 2018: 741 and 333). */
import { respondentsSum } from '../model/analysis.js';
import type { ChecksFor } from './report.js';

export const surveyChecks: ChecksFor = {
    Sample: (sample, report) => {
        const expected = Number.parseInt(sample.total, 10);
        const actual = respondentsSum(sample);
        if (actual !== expected) {
            report('respondents-mismatch', { node: sample, property: 'total' },
                { expected, actual, difference: Math.abs(actual - expected) }, { actual });
        }
    },
};
