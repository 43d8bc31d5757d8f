// TEMPORARY scaffold stand-in; replaced by the format work.
export function moscowInputValue(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const date = new Date(/T/.test(value) ? value : `${value}T00:00:00+03:00`);
  if (Number.isNaN(date.getTime())) return undefined;
  return new Date(date.getTime() + 3 * 3600_000).toISOString().slice(0, 19);
}
export function fileValueFromMoscowInput(input: string): string {
  return `${input.length === 16 ? `${input}:00` : input}+03:00`;
}
