/** Pairwise precision, recall and F1 of a predicted clustering against the truth, over the same items. */
export interface PairwiseScore {
  precision: number;
  recall: number;
  f1: number;
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
}

const pairs = (n: number) => (n * (n - 1)) / 2;

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** Items are (predicted cluster, true cluster) labels; counts pairs without listing them. */
export function pairwiseScore(items: { predicted: string; truth: string }[]): PairwiseScore {
  const sum = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + pairs(n), 0);
  const predictedPairs = sum(countBy(items, (i) => i.predicted));
  const truePairs = sum(countBy(items, (i) => i.truth));
  const correctPairs = sum(countBy(items, (i) => `${i.predicted}\u0000${i.truth}`));
  const precision = predictedPairs ? correctPairs / predictedPairs : 1;
  const recall = truePairs ? correctPairs / truePairs : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, truePairs, predictedPairs, correctPairs };
}
