/**
 * `1 file`, `3 files`, `1,034 locked packages` (`grouped`): a count with its noun, for messages and
 * reports (one that says "1 files" reads as careless).
 */
export function counted(n: number, one: string, options: { many?: string; grouped?: boolean } = {}): string {
  return `${options.grouped ? n.toLocaleString('en-US') : n} ${n === 1 ? one : (options.many ?? `${one}s`)}`;
}
