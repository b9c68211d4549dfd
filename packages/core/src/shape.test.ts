import { describe, expect, it } from 'vitest';
import { parseJson, parseToml, parseYaml } from './parse/index.js';
import { isRecord, stringOf } from './shape.js';

describe('isRecord (the one shape guard every plugin uses)', () => {
  it('takes plain, null-prototype and class-instance objects', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord({ a: 1 })).toBe(true);
    expect(isRecord(Object.create(null))).toBe(true);
    expect(isRecord(new (class Point {})())).toBe(true);
    expect(isRecord(new Map())).toBe(true);
  });

  it('refuses arrays, null and every primitive', () => {
    for (const value of [[], [1], null, undefined, 0, 1n, '', 'x', true, Symbol('s'), () => 1])
      expect(isRecord(value), String(typeof value)).toBe(false);
  });

  it('takes the tables the parsers return', () => {
    const toml = parseToml('[a]\nb = 1\n', 'x.toml');
    const yaml = parseYaml('a:\n  b: 1\n', 'x.yaml');
    const json = parseJson('{"a": {"b": 1}}', 'x.json');
    if (!toml.ok || !yaml.ok || !json.ok) throw new Error('the fixtures parse');
    expect(Object.getPrototypeOf(toml.value.value.a)).toBeNull();
    expect(isRecord(toml.value.value.a)).toBe(true);
    const doc = yaml.value.documents[0]?.value;
    expect(isRecord(doc) && isRecord(doc.a)).toBe(true);
    expect(isRecord(json.value.value) && isRecord(json.value.value.a)).toBe(true);
  });
});

describe('stringOf', () => {
  it('keeps strings, drops the rest', () => {
    expect(stringOf('')).toBe('');
    expect(stringOf('x')).toBe('x');
    for (const value of [1, null, undefined, ['x'], { x: 1 }, new String('x')]) expect(stringOf(value)).toBeUndefined();
  });
});
