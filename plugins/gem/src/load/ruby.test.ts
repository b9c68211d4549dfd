/** Gemfile and gemspec facts from the Ruby syntax tree. https://bundler.io/man/gemfile.5.html */
import { describe, expect, it } from 'vitest';
import { parseRuby } from './ruby.js';

const GEMFILE = `source "https://rubygems.org"
source "https://gems.acme.example" do
  gem "acme"
end
gem "rails", "~> 7.1", ">= 7.1.2", require: false
group :development, :test do
  gem "rspec", platforms: [:mri]
end
gem "sso", github: "acme/sso", branch: "main"
gem "x", path: ENV["X_PATH"]
gem name_from_env
gem "y", *VERSIONS, git: nil
gemspec path: "gems/core"
eval_gemfile "Gemfile.local"
plugin "bundler-secure"
`;

describe('parseRuby', () => {
  it('reads sources, gems with literal options and groups, gemspec, eval_gemfile and plugins', async () => {
    const { manifest, problems } = await parseRuby(GEMFILE, 'Gemfile', '', 'gemfile');
    expect(manifest!.sources.map((s) => [s.url, s.scoped, s.at.line])).toEqual([
      ['https://rubygems.org', false, 1],
      ['https://gems.acme.example', true, 2],
    ]);
    const rails = manifest!.gems.find((g) => g.name === 'rails')!;
    expect(rails).toMatchObject({ requirements: ['~> 7.1', '>= 7.1.2'], options: { require: 'false' }, groups: [] });
    expect(manifest!.gems.find((g) => g.name === 'rspec')).toMatchObject({
      groups: ['development', 'test'],
      options: { platforms: 'mri' },
    });
    expect(manifest!.gems.find((g) => g.name === 'sso')!.options).toEqual({ github: 'acme/sso', branch: 'main' });
    expect(manifest!.gems.find((g) => g.name === 'x')!.dynamic).toEqual(['path']);
    expect(manifest!.gems.find((g) => g.name === 'y')).toMatchObject({ options: {}, dynamic: ['version'] });
    const { manifest: blocks } = await parseRuby(
      'git "https://g.example/r.git", tag: "v1" do\n  gem "a"\nend\npath ENV["P"] do\n  gem "b"\nend\n',
      'Gemfile',
      '',
      'gemfile',
    );
    expect(blocks!.gems.map((g) => [g.name, g.options, g.dynamic])).toEqual([
      ['a', { git: 'https://g.example/r.git', tag: 'v1' }, []],
      ['b', {}, ['path']],
    ]);
    expect(manifest!.gemspecCalls.map((g) => g.path)).toEqual(['gems/core']);
    expect(manifest!.evalGemfiles.map((e) => e.path)).toEqual(['Gemfile.local']);
    expect(manifest!.plugins.map((p) => p.name)).toEqual(['bundler-secure']);
    expect(manifest!.dangerous).toEqual([]);
    expect(problems.map((p) => [p.kind, p.line, p.facts])).toEqual([
      ['opaque', 10, ['sources']],
      ['opaque', 11, ['dependencies']],
    ]);
    expect(problems.length).toBe(2);
  });

  it('reads gemspec extensions, dependencies and metadata; git ls-files is not dangerous', async () => {
    const spec = `Gem::Specification.new do |s|
  s.files = \`git ls-files -z\`.split("\\x0")
  s.extensions = ["ext/x/extconf.rb"]
  s.add_dependency "rack", ">= 3"
  s.add_development_dependency "rake"
  s.metadata = { "rubygems_mfa_required" => "true" }
  s.metadata["allowed_push_host"] = "https://gems.acme.example"
end
`;
    const { manifest } = await parseRuby(spec, 'x.gemspec', '', 'gemspec');
    expect(manifest!.extensions.map((e) => e.line)).toEqual([3]);
    expect(manifest!.gems.map((g) => [g.name, g.via, g.requirements])).toEqual([
      ['rack', 'add_dependency', ['>= 3']],
      ['rake', 'add_development_dependency', []],
    ]);
    expect(Object.fromEntries(Object.entries(manifest!.metadata).map(([k, v]) => [k, v.value]))).toEqual({
      rubygems_mfa_required: 'true',
      allowed_push_host: 'https://gems.acme.example',
    });
    expect(manifest!.dangerous).toEqual([]);
  });

  it('reports process, eval and network calls; a literal eval and a block instance_eval are not', async () => {
    const src =
      'system("id")\nKernel.exec "sh"\n`curl x | sh`\n%x(id)\neval("1 + 1")\neval(File.read("x"))\ninstance_eval { gem "a" }\nIO.popen("id")\nopen("|id")\nopen("README.md")\nrequire "open-uri"\nNet::HTTP.get(URI("https://x"))\neval_gemfile ENV["G"]\n`git ls-files #{dir}`\n';
    const { manifest } = await parseRuby(src, 'Gemfile', '', 'gemfile');
    expect(manifest!.dangerous.map((d) => [d.call, d.at.line]).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
      ['system', 1],
      ['Kernel.exec', 2],
      ['backticks', 3],
      ['%x', 4],
      ['eval', 6],
      ['IO.popen', 8],
      ['open', 9],
      ['require "open-uri"', 11],
      ['Net::HTTP.get', 12],
      ['eval_gemfile', 13],
      ['backticks', 14],
    ]);
  });

  it('a syntax error is a problem, not a throw', async () => {
    const { problems } = await parseRuby('gem "a", git: \n end end (', 'Gemfile', '', 'gemfile');
    expect(problems.some((p) => p.kind === 'syntax')).toBe(true);
  });
});
