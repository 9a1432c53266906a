/** "09:00" → "0 9 * * *"; with a weekday (1 = Monday … 7 = Sunday) → "0 9 * * 1". */
export function cronAt(time: string, weekday?: number): string {
  const [h, m] = time.split(":").map(Number);
  return `${m} ${h} * * ${weekday === undefined ? "*" : weekday % 7}`;
}
