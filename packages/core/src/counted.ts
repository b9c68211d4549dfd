/** `1 file`, `3 files`: a count with its noun, for messages (one that says "1 files" reads as careless). */
export const counted = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
