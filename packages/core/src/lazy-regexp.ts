/**
 * A regex made by `make` at the first call, the same object at every later one. For `\p{…}` classes:
 * V8 checks a regex literal's syntax when it compiles the module, which for a Unicode-property class
 * means building it from ICU's tables at every start of the bin, used or not (docs/decisions/0038).
 */
export function lazyRegExp(make: () => RegExp): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= make());
}
