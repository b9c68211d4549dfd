import { describe, expect, it } from 'vitest';
import { parseRequirements } from './requirements.js';

function parse(text: string, path = 'requirements.txt') {
  const r = parseRequirements(text, path);
  if (!r.ok) throw new Error(r.problem.reason);
  return r.value;
}

describe('requirements parser', () => {
  it('joins continuation lines, keeps the first line number and collects hashes', () => {
    const f = parse(
      '# header\nrequests==2.32.3 \\\n    --hash=sha256:aa \\\n    --hash=sha256:bb\n    # via x\nidna==3.10\n',
    );
    expect(f.requirements.map((r) => [r.name, r.line, r.hashes])).toEqual([
      ['requests', 2, ['sha256:aa', 'sha256:bb']],
      ['idna', 6, []],
    ]);
    expect(f.requirements[0]!.pinned).toBe(true);
  });

  it('a comment line ending in a backslash does not continue', () => {
    const f = parse('# trailing \\\nsix==1.16.0\n');
    expect(f.requirements.map((r) => r.line)).toEqual([2]);
  });

  it('reads global options in both spellings, and inline per-requirement options', () => {
    const f = parse(
      '-i https://a/simple\n--extra-index-url=https://b/simple\n-fhttps://c/\n--trusted-host c\nfoo==1 --hash sha256:cc\n',
    );
    expect(f.options.map((o) => [o.name, o.value, o.line])).toEqual([
      ['index-url', 'https://a/simple', 1],
      ['extra-index-url', 'https://b/simple', 2],
      ['find-links', 'https://c/', 3],
      ['trusted-host', 'c', 4],
    ]);
    expect(f.requirements[0]!.hashes).toEqual(['sha256:cc']);
  });

  it('keeps markers, extras and direct URLs apart from the name', () => {
    const f = parse(
      'requests[socks] >= 2.8.1, == 2.8.* ; python_version < "3.8"\nurllib3 @ https://h/u.zip ; sys_platform == "linux"\ngit+https://h/r.git@v1#egg=tool\n-e ./libs/x\n',
    );
    const [a, b, c, d] = f.requirements;
    expect([a!.name, a!.pinned, a!.markers]).toEqual(['requests', false, 'python_version < "3.8"']);
    expect([b!.name, b!.url, b!.markers]).toEqual(['urllib3', 'https://h/u.zip', 'sys_platform == "linux"']);
    expect([c!.name, c!.url]).toEqual(['tool', 'git+https://h/r.git@v1#egg=tool']);
    expect([d!.editable, d!.url]).toEqual([true, './libs/x']);
  });

  it('records -r and -c includes resolved inside the checkout, or undefined when they escape', () => {
    const f = parse('-r base.txt\n--constraint ../constraints.txt\n-r ../../../x.txt\n', 'requirements/dev.txt');
    expect(f.includes.map((i) => [i.kind, i.resolved, i.line])).toEqual([
      ['requirement', 'requirements/base.txt', 1],
      ['constraint', 'constraints.txt', 2],
      ['requirement', undefined, 3],
    ]);
  });

  it('classifies .in files as inputs and constraints files as constraints', () => {
    expect(parse('x\n', 'requirements/main.in').role).toBe('input');
    expect(parse('x<2\n', 'constraints.txt').role).toBe('constraints');
  });

  it('survives hostile input', () => {
    expect(parse('\\\n'.repeat(10_000) + '-\n--\n-r\n@@@\n[[[\n').requirements.length).toBeGreaterThanOrEqual(0);
  });
});
