import { describe, expect, test } from 'vitest';
import { confusion, rocAuc } from './metrics';

describe('rocAuc', () => {
  test.each([
    ['perfect ranking', [0.1, 0.2, 0.8, 0.9], [false, false, true, true], 1],
    ['inverted ranking', [0.9, 0.8, 0.2, 0.1], [false, false, true, true], 0],
    ['all tied', [5, 5, 5, 5], [false, true, false, true], 0.5],
    ['one tie across classes', [1, 2, 2, 3], [false, false, true, true], 0.875],
    ['mixed', [0.1, 0.4, 0.35, 0.8], [false, false, true, true], 0.75],
  ])('%s', (_name, scores, positive, expected) => {
    expect(rocAuc(scores, positive)).toBeCloseTo(expected, 10);
  });

  test('is undefined without both classes', () => {
    expect(rocAuc([1, 2], [true, true])).toBeNaN();
  });
});

describe('confusion', () => {
  test('precision, recall and false-positive rate', () => {
    const predicted = [true, true, false, false, true];
    const actual = [true, false, true, false, true];
    expect(confusion(predicted, actual)).toEqual({
      precision: 2 / 3,
      recall: 2 / 3,
      falsePositiveRate: 1 / 2,
    });
  });
});
