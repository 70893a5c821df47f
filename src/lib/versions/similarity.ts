/** How alike two descriptions are: Dice's coefficient over word bigrams of their normalised text (0 … 1). */
function bigrams(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.-]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length - 1; i++) out.push(`${words[i]} ${words[i + 1]}`);
  return words.length === 1 ? words : out;
}

export function descriptionSimilarity(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const gram of left) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  let shared = 0;
  for (const gram of right) {
    const n = counts.get(gram) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(gram, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}
