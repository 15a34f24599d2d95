/**
 * The sense a page gave a shared abbreviation where it spelled it out: among
 * `marks` in reading order, the nearest one before `index` that names exactly
 * one of the abbreviation's senses ("Sustainability and Transformation Plan",
 * "STP board"), else the nearest after it (an abbreviation in a heading,
 * spelled out in the text below). Undefined when the page names none of them.
 */
export function spelledOutSense(
  marks: ReadonlyArray<{ readonly termIds: readonly string[] }>,
  index: number,
  senses: readonly string[] = marks[index]?.termIds ?? [],
): string | undefined {
  const names = (k: number) => {
    const ids = marks[k].termIds;
    return ids.length === 1 && senses.includes(ids[0]) ? ids[0] : undefined;
  };
  for (let k = index - 1; k >= 0; k--) {
    const id = names(k);
    if (id) return id;
  }
  for (let k = index + 1; k < marks.length; k++) {
    const id = names(k);
    if (id) return id;
  }
  return undefined;
}
