/** Edits (insert, delete, substitute, swap two neighbours) to turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  // Three rolling rows: the swap rule looks two rows back.
  let twoBack = new Int32Array(b.length + 1);
  let oneBack = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) oneBack[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(oneBack[j] + 1, row[j - 1] + 1, oneBack[j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        d = Math.min(d, twoBack[j - 2] + 1);
      row[j] = d;
    }
    const spare = twoBack;
    twoBack = oneBack;
    oneBack = row;
    row = spare;
  }
  return oneBack[b.length];
}

/** 1 for the same text, falling towards 0 as more of the longer one has to change. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest ? 1 - editDistance(a, b) / longest : 1;
}
