/**
 * A line diff (longest common subsequence; the streams are short) that keeps only the changes:
 * `-` lines only the real host produced, `+` lines only ours did.
 */

/** One differing line. */
export interface Change {
  side: '-' | '+';
  line: string;
}

/** The changes turning `real` into `ours`, in order. */
export function diffLines(real: string[], ours: string[]): Change[] {
  const n = real.length;
  const m = ours.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = real[i] === ours[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const changes: Change[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && real[i] === ours[j]) {
      i++;
      j++;
    } else if (j >= m || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      changes.push({ side: '-', line: real[i++]! });
    } else {
      changes.push({ side: '+', line: ours[j++]! });
    }
  }
  return changes;
}
