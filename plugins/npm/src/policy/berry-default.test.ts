/** Yarn berry's enableScripts default by Yarn version and yarn.lock format (Yarn 4.14 flipped it; its install migrates older locks). */
import { describe, expect, it } from 'vitest';
import { berryDefault } from './build.js';

const v = (major: number, minor: number | undefined) => ({
  major,
  ...(minor !== undefined ? { minor } : {}),
  from: 'test',
});

describe('berryDefault', () => {
  it('runs builds before 4.14 whatever the lock says', () => {
    expect(berryDefault(v(3, 6), 6).state).toBe('on');
    expect(berryDefault(v(4, 13), 9).state).toBe('on');
  });
  it('blocks builds from 4.14 with a lock written by 4.14+', () => {
    expect(berryDefault(v(4, 14), 9).state).toBe('off');
    expect(berryDefault(v(5, 0), undefined).state).toBe('off');
  });
  it('runs builds on 4.14+ when yarn install migrates an older lock', () => {
    const d = berryDefault(v(4, 18), 8);
    expect(d.state).toBe('on');
    expect(d.label).toContain('__metadata.version 8');
  });
  it('an older lock runs builds even when the version is unknown (both sides of 4.14 turn them on)', () => {
    expect(berryDefault(undefined, 8).state).toBe('on');
    expect(berryDefault(v(4, undefined), 6).state).toBe('on');
  });
  it('says it cannot tell when neither the version nor an old lock decides', () => {
    expect(berryDefault(undefined, 9).state).toBe('unknown');
    expect(berryDefault(v(4, undefined), 9).state).toBe('unknown');
    expect(berryDefault(undefined, undefined).label).toContain('does not pin the version');
  });
});
