import { describe, expect, it } from 'vitest';
import { compareDotted, describeClient, describeClients, fitFact, groupClients } from './client-versions.js';
import type { InventoryClient } from './inventory.js';

const client = (c: Partial<InventoryClient>): InventoryClient => ({
  ecosystem: 'npm',
  client: 'npm',
  evidence: 'test',
  file: 'package.json',
  ...c,
});

describe('compareDotted', () => {
  it('orders dotted numbers numerically, missing parts as 0, suffixes ignored', () => {
    expect(compareDotted('1.78', '1.78.0')).toBe(0);
    expect(compareDotted('1.9', '1.10')).toBe(-1);
    expect(compareDotted('v12.0.0', '11.99')).toBe(1);
    expect(compareDotted('9.1.0-rc.1', '9.1.0')).toBe(0);
  });
});

describe('fitFact', () => {
  it('an exact version inside, outside or at the edge of a fact’s range', () => {
    expect(fitFact({ client: 'npm', since: '12' }, [client({ version: '12.0.0' })]).status).toBe('applies');
    expect(fitFact({ client: 'npm', since: '12' }, [client({ version: '11.6.2' })]).status).toBe('does-not-apply');
    expect(fitFact({ client: 'npm', until: '12' }, [client({ version: '11.6.2' })]).status).toBe('applies');
    expect(fitFact({ client: 'npm', until: '12' }, [client({ version: '12' })]).status).toBe('does-not-apply');
  });
  it('a range the files imply applies, may apply or does not', () => {
    expect(fitFact({ client: 'npm', since: '7' }, [client({ since: '7' })]).status).toBe('applies');
    expect(fitFact({ client: 'npm', since: '12' }, [client({ since: '7' })]).status).toBe('may-apply');
    expect(fitFact({ client: 'npm', since: '7' }, [client({ until: '7' })]).status).toBe('does-not-apply');
    expect(fitFact({ client: 'npm', until: '7' }, [client({ since: '5', until: '7' })]).status).toBe('applies');
  });
  it('is unknown without any client, and prefers an exact version', () => {
    expect(fitFact({ client: 'pnpm', since: '10' }, []).status).toBe('unknown');
    const fit = fitFact({ client: 'npm', since: '12' }, [client({ since: '7' }), client({ version: '12.1.0' })]);
    expect(fit).toMatchObject({ status: 'applies', client: { version: '12.1.0' } });
  });
  it('every version of one client, and facts about a client the checkout does not use', () => {
    expect(fitFact({ client: 'npm' }, [client({ since: '7' })]).status).toBe('applies');
    const alternatives = ['npm', 'pnpm', 'yarn', 'bun'];
    expect(fitFact({ client: 'pnpm', since: '10' }, [client({ since: '7' })], alternatives)).toEqual({
      status: 'other-client',
      clients: ['npm'],
    });
    // Without alternatives (RubyGems runs under Bundler), another client says nothing about this one.
    expect(
      fitFact({ client: 'rubygems', since: '3.4.14' }, [client({ client: 'bundler', version: '2.5.6' })]).status,
    ).toBe('unknown');
    expect(fitFact({ client: 'pnpm' }, [])).toEqual({ status: 'unknown' });
  });
  it('with several ranges and no exact version, applies only when all agree', () => {
    const go = (since: string) => client({ ecosystem: 'go', client: 'go', since });
    expect(fitFact({ client: 'go', since: '1.21' }, [go('1.21'), go('1.22')]).status).toBe('applies');
    const mixed = fitFact({ client: 'go', until: '1.22' }, [go('1.21'), go('1.22')]);
    expect(mixed.status).toBe('may-apply');
    expect(mixed.status !== 'unknown' && mixed.status !== 'other-client' && describeClients(mixed.basis)).toBe(
      'go >= 1.21 and go >= 1.22',
    );
    // A toolchain file's `1.97` channel selects what runs; an edition's minimum only bounds it.
    const cargo = (c: Partial<InventoryClient>) => client({ ecosystem: 'cargo', client: 'cargo', ...c });
    expect(
      fitFact({ client: 'cargo', since: '1.70' }, [
        cargo({ since: '1.97', until: '1.98', selects: true }),
        cargo({ since: '1.51' }),
      ]).status,
    ).toBe('applies');
    expect(
      fitFact({ client: 'cargo', since: '1.70' }, [cargo({ since: '1.97', until: '1.98' }), cargo({ since: '1.51' })])
        .status,
    ).toBe('may-apply');
    // Two exact pins that disagree about a fact: it may apply.
    expect(
      fitFact({ client: 'npm', since: '12' }, [client({ version: '12.0.0' }), client({ version: '11.0.0' })]).status,
    ).toBe('may-apply');
  });
  it('describes clients for readers', () => {
    expect(describeClient(client({ client: 'pnpm', version: '9.1.0' }))).toBe('pnpm 9.1.0');
    expect(describeClient(client({ since: '7' }))).toBe('npm >= 7');
    expect(describeClient(client({ until: '7' }))).toBe('npm < 7');
    const many = ['1', '2', '3', '4', '4'].map((v) => client({ since: v }));
    expect(describeClients(many)).toBe('npm >= 1, npm >= 2, npm >= 3 and 1 more');
  });

  it('groups identical clients per ecosystem, first seen first', () => {
    const groups = groupClients([
      client({ since: '7', file: 'a' }),
      client({ since: '7', file: 'b' }),
      client({ ecosystem: 'cargo', since: '7', file: 'c' }),
      client({ version: '10.8.2', file: 'd' }),
    ]);
    expect(groups.map((g) => [g.first.file, g.described, g.count])).toEqual([
      ['a', 'npm >= 7', 2],
      ['c', 'npm >= 7', 1],
      ['d', 'npm 10.8.2', 1],
    ]);
  });
});
