/** scan over MemorySource: the gem plugin (Gemfile and gemspecs as syntax trees, Bundler lockfiles, config, credentials). */
import { describe } from 'vitest';
import { fc } from './harness.js';
import { scanProperties } from './scan-helpers.js';

const NAME = fc.oneof(
  fc.constantFrom('rails', 'nokogiri', '__proto__', 'constructor', 'a-b_c', ''),
  fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}$/),
);
const OPTS = fc.constantFrom(
  '',
  ', "~> 7.0"',
  ', ">= 1", "< 2"',
  ', git: "https://github.com/a/b"',
  ', github: "a/b", branch: "main"',
  ', path: "../x"',
  ', source: "http://gems.example"',
  ', require: false',
  ', ref: "abc"',
  ', *opts',
  ', "#{v}"',
);
const gemfile = fc
  .array(
    fc.oneof(
      fc.tuple(NAME, OPTS).map(([n, o]) => `gem "${n}"${o}`),
      fc.constantFrom(
        'source "https://rubygems.org"',
        'source "http://insecure.example"',
        "source 'https://x' do",
        'end',
        'group :development, :test do',
        'git "https://x.git" do',
        'path "../y" do',
        'plugin "bundler-x"',
        'eval_gemfile "other"',
        'gemspec',
        'ruby "3.3.0"',
        'instance_eval(File.read("x"))',
        'if ENV["X"]',
        'else',
        '#',
        '<<~EOS',
        'EOS',
        'gem(*%w[a b])',
        'load "x.rb"',
      ),
    ),
    { maxLength: 15 },
  )
  .map((l) => l.join('\n'));
const gemspec = fc
  .array(
    fc.oneof(
      fc
        .tuple(fc.constantFrom('add_dependency', 'add_runtime_dependency', 'add_development_dependency'), NAME, OPTS)
        .map(([m, n, o]) => `  s.${m} "${n}"${o}`),
      fc.constantFrom(
        '  s.extensions = ["ext/x/extconf.rb"]',
        '  s.files = `git ls-files`.split("\\n")',
        '  s.metadata["allowed_push_host"] = "http://x"',
        '  s.version = File.read("VERSION")',
        '  s.name = "x"',
        '  s.post_install_message = "hi"',
      ),
    ),
    { maxLength: 8 },
  )
  .map((l) => `Gem::Specification.new do |s|\n${l.join('\n')}\nend\n`);
const SPEC_LINE = fc
  .tuple(NAME, fc.constantFrom('1.0.0', '1.0.0-x86_64-linux', '', 'x'))
  .map(([n, v]) => `    ${n} (${v})`);
const lock = fc
  .tuple(
    fc.array(SPEC_LINE, { maxLength: 5 }),
    fc.constantFrom('https://rubygems.org/', 'http://x/', ''),
    fc.array(fc.tuple(NAME, fc.constantFrom('sha256=' + 'a'.repeat(64), '', 'md5=x')), { maxLength: 3 }),
    fc.constantFrom(
      '',
      'GIT\n  remote: https://github.com/a/b.git\n  revision: abc\n  branch: main\n  specs:\n    b (0.1)\n\n',
      'PATH\n  remote: ../x\n  specs:\n    x (1)\n\n',
      'PLUGIN SOURCE\n  remote: https://x\n  type: git\n\n',
    ),
  )
  .map(
    ([specs, remote, sums, extra]) =>
      `${extra}GEM\n  remote: ${remote}\n  specs:\n${specs.join('\n')}\n      dep (>= 1)\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  rails!\n\nCHECKSUMS\n${sums.map(([n, s]) => `  ${n} (1.0.0) ${s}`).join('\n')}\n\nBUNDLED WITH\n   2.5.0\n`,
  );
const bundleConfig = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        'BUNDLE_MIRROR__HTTPS://RUBYGEMS__ORG/',
        'BUNDLE_DISABLE_CHECKSUM_VALIDATION',
        'BUNDLE_BUILD__NOKOGIRI',
        'BUNDLE_PATH',
        'BUNDLE_GEMS__EXAMPLE__COM',
        '__proto__',
        'BUNDLE_FROZEN',
      ),
      fc.constantFrom('"http://x"', '"true"', 'true', '"--with-x"', '"user:pass"', ''),
    ),
    { maxLength: 5 },
  )
  .map((l) => `---\n${l.map(([k, v]) => `${k}: ${v}`).join('\n')}\n`);

describe('property: scan with the gem plugin', () => {
  scanProperties({
    ecosystem: 'gem',
    names: [
      'Gemfile',
      'gems.rb',
      'x.gemspec',
      'Gemfile.lock',
      'gems.locked',
      'vendor_gems.rb.lock',
      '.bundle/config',
      '.gem/credentials',
      '.bundle/plugin/index',
    ],
    grammars: { Gemfile: gemfile, 'x.gemspec': gemspec, 'Gemfile.lock': lock, '.bundle/config': bundleConfig },
    runs: 20,
  });
});
