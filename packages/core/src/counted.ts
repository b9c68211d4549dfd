/** `1 gem`, `3 gems`: a count with its noun, for finding messages (a message that says "1 dependencies" reads as careless). */
export const counted = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
