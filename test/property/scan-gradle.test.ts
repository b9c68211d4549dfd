/** scan over MemorySource: the gradle plugin (Groovy/Kotlin scripts, lockfiles, verification metadata, catalogs, wrapper, properties). */
import { describe } from 'vitest';
import { stringify } from 'smol-toml';
import { fc } from './harness.js';
import { scanProperties } from './scan-helpers.js';

const COORD = fc.oneof(
  fc.constantFrom(
    'org.a:b:1.0',
    'com.x:y:+',
    'a:b:latest.release',
    'a:b:1.0-SNAPSHOT',
    'a:b:[1.0,2.0)',
    'a:b',
    '__proto__:x:1',
    '',
  ),
  fc.stringMatching(/^[a-z]{1,4}\.[a-z]{1,4}:[a-z]{1,4}:\d\.\d$/),
);
const REPO = fc.constantFrom(
  'mavenCentral()',
  'google()',
  'gradlePluginPortal()',
  'mavenLocal()',
  'jcenter()',
  'maven { url "http://insecure.example/m2" }',
  'maven { url = uri("https://x") ; allowInsecureProtocol = true }',
  'maven("http://x")',
  'exclusiveContent { forRepository { maven { url "https://x" } } filter { includeGroup "a" } }',
  'ivy { url "http://x" }',
);
const groovy = fc
  .array(
    fc.oneof(
      fc
        .tuple(
          fc.constantFrom(
            'implementation',
            'api',
            'classpath',
            'compileOnly',
            'testImplementation',
            'runtimeOnly',
            'kapt',
          ),
          COORD,
        )
        .map(([c, d]) => `    ${c} '${d}'`),
      REPO.map((r) => `    ${r}`),
      fc.constantFrom(
        'plugins {',
        'id "org.x" version "1.0"',
        'repositories {',
        'dependencies {',
        'buildscript {',
        'allprojects {',
        '}',
        'apply from: "http://x/script.gradle"',
        'apply plugin: "java"',
        'dependencyLocking { lockAllConfigurations() }',
        'def v = "1.0"',
        'implementation "a:b:$v"',
        'includeBuild("../x")',
        'include ":a"',
        'org.gradle.jvmargs=-javaagent:x.jar',
        'task x { exec { commandLine "curl" } }',
        'verifyDependencies()',
      ),
    ),
    { maxLength: 15 },
  )
  .map((l) => l.join('\n'));
const kotlin = fc
  .array(
    fc.oneof(
      fc
        .tuple(fc.constantFrom('implementation', 'api', 'classpath', 'testImplementation'), COORD)
        .map(([c, d]) => `    ${c}("${d}")`),
      REPO.map((r) => `    ${r}`),
      fc.constantFrom(
        'plugins {',
        'id("org.x") version "1.0"',
        'kotlin("jvm") version "2.0"',
        'repositories {',
        'dependencies {',
        '}',
        'apply(from = "http://x/s.gradle.kts")',
        'implementation(libs.x)',
        'implementation(platform("a:b:1"))',
        'val v = "1"',
        'implementation("a:b:$v")',
        'dependencyResolutionManagement {',
        'pluginManagement {',
      ),
    ),
    { maxLength: 15 },
  )
  .map((l) => l.join('\n'));
const lockfile = fc
  .array(
    fc.tuple(COORD, fc.constantFrom('=compileClasspath,runtimeClasspath', '=', '=x', '')).map(([c, s]) => c + s),
    { maxLength: 8 },
  )
  .map((l) => `# This is a Gradle generated file\n${l.join('\n')}\nempty=annotationProcessor\n`);
const ATTR = (n: string) =>
  fc.constantFrom(`${n}="x"`, `${n}="1.0"`, '', `${n}=""`, `${n}='q'`, `${n}="&amp;&#0;&#x110000;"`);
const verification = fc
  .array(
    fc.oneof(
      fc
        .tuple(ATTR('group'), ATTR('name'), ATTR('version'), fc.constantFrom('sha256', 'sha1', 'md5', 'pgp', 'sha512'))
        .map(
          ([g, n, v, k]) =>
            `<component ${g} ${n} ${v}><artifact name="a.jar"><${k} value="abc" origin="x"/></artifact></component>`,
        ),
      fc.constantFrom(
        '<configuration>',
        '</configuration>',
        '<verify-metadata>true</verify-metadata>',
        '<verify-signatures>false</verify-signatures>',
        '<trusted-artifacts><trust file=".*" regex="true"/></trusted-artifacts>',
        '<trusted-keys><trusted-key id="ABC" group="x"/></trusted-keys>',
        '<ignored-keys><ignored-key id="X"/></ignored-keys>',
        '<!-- c -->',
        '<![CDATA[x]]>',
        '<!DOCTYPE x [<!ENTITY a "b">]>',
        '&a;',
        '<components>',
        '</components>',
        '<',
        '>',
      ),
    ),
    { maxLength: 12 },
  )
  .map(
    (l) =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<verification-metadata>\n${l.join('\n')}\n</verification-metadata>\n`,
  );
const wrapper = fc
  .array(
    fc
      .tuple(
        fc.constantFrom(
          'distributionUrl',
          'distributionSha256Sum',
          'distributionBase',
          'validateDistributionUrl',
          '__proto__',
          'zipStorePath',
        ),
        fc.constantFrom(
          '=https\\://services.gradle.org/distributions/gradle-8.7-bin.zip',
          '=http\\://x/gradle.zip',
          '=' + 'a'.repeat(64),
          '=false',
          '=',
          ': x',
          ' = y',
        ),
      )
      .map(([k, v]) => k + v),
    { maxLength: 6 },
  )
  .map((l) => l.join('\n'));
const properties = fc
  .array(
    fc
      .tuple(
        fc.constantFrom(
          'org.gradle.dependency.verification',
          'org.gradle.jvmargs',
          'systemProp.gradle.wrapperPassword',
          'mavenPassword',
          'org.gradle.java.home',
          '__proto__',
        ),
        fc.constantFrom('=lenient', '=off', '=strict', '=-javaagent:x.jar -Xmx1g', '=secret', '=', ' \\'),
      )
      .map(([k, v]) => k + v),
    { maxLength: 6 },
  )
  .map((l) => l.join('\n'));
const catalog = fc
  .record(
    {
      versions: fc.dictionary(
        fc.constantFrom('a', 'b', '__proto__'),
        fc.oneof(
          fc.constantFrom('1.0', '+', ''),
          fc.record({ strictly: fc.constant('[1,2)'), prefer: fc.constant('1.5') }, { requiredKeys: [] }),
        ),
      ),
      libraries: fc.dictionary(
        fc.constantFrom('x', 'y-z', '__proto__'),
        fc.oneof(
          COORD,
          fc.record(
            {
              module: fc.constant('a:b'),
              version: fc.oneof(fc.constant('1'), fc.record({ ref: fc.constantFrom('a', 'missing') })),
            },
            { requiredKeys: [] },
          ),
          fc.record({ group: fc.constant('a'), name: fc.constant('b'), 'version.ref': fc.constant('a') }),
        ),
      ),
      plugins: fc.dictionary(
        fc.constantFrom('p', 'q'),
        fc.oneof(fc.constant('org.x:1.0'), fc.record({ id: fc.constant('org.x'), version: fc.constant('+') })),
      ),
    },
    { requiredKeys: [] },
  )
  .map((v) => stringify(v));

describe('property: scan with the gradle plugin', () => {
  scanProperties({
    ecosystem: 'gradle',
    names: [
      'build.gradle',
      'build.gradle.kts',
      'settings.gradle',
      'settings.gradle.kts',
      'init.gradle',
      'gradle.lockfile',
      'buildscript-gradle.lockfile',
      'gradle/dependency-locks/x.lockfile',
      'gradle/verification-metadata.xml',
      'gradle/libs.versions.toml',
      'gradle/wrapper/gradle-wrapper.properties',
      'gradle.properties',
    ],
    grammars: {
      'build.gradle': groovy,
      'settings.gradle': groovy,
      'build.gradle.kts': kotlin,
      'gradle.lockfile': lockfile,
      'gradle/verification-metadata.xml': verification,
      'gradle/wrapper/gradle-wrapper.properties': wrapper,
      'gradle.properties': properties,
      'gradle/libs.versions.toml': catalog,
    },
    runs: 20,
  });
});
