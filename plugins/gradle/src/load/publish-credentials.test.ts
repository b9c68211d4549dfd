/** Publishing credentials read from build scripts: GitLab's and GitHub's documented shapes, Groovy and Kotlin. */
import { describe, expect, it } from 'vitest';
import { expectLinearAsync, withQuadratic } from '@inert/testing';
import { parseScript } from './script.js';

const creds = async (text: string, path = 'build.gradle', opaqueOk = false) => {
  const { script, problems } = await parseScript(text, path, '');
  if (!opaqueOk) expect(problems).toEqual([]);
  return (script?.publishCredentials ?? []).map((c) => [c.field, c.sources, c.at.line]);
};

describe('publishing credentials', () => {
  it('GitLab’s documented Groovy example: a Job-Token header from CI_JOB_TOKEN', async () => {
    expect(
      await creds(
        `publishing {
    publications { library(MavenPublication) { from components.java } }
    repositories {
        maven {
            url "https://gitlab.example.com/api/v4/projects/42/packages/maven"
            credentials(HttpHeaderCredentials) {
                name = "Job-Token"
                value = System.getenv("CI_JOB_TOKEN")
            }
            authentication { header(HttpHeaderAuthentication) }
        }
    }
}`,
        'build.gradle',
        true,
      ),
    ).toEqual([['Job-Token', [{ kind: 'env', name: 'CI_JOB_TOKEN' }], 8]]);
  });

  it('GitLab’s documented Kotlin example', async () => {
    expect(
      await creds(
        `publishing {
    repositories {
        maven {
            url = uri("https://gitlab.example.com/api/v4/projects/42/packages/maven")
            credentials(HttpHeaderCredentials::class) {
                name = "Job-Token"
                value = providers.environmentVariable("CI_JOB_TOKEN").get()
            }
            authentication { create("header", HttpHeaderAuthentication::class) }
        }
    }
}`,
        'build.gradle.kts',
      ),
    ).toEqual([['Job-Token', [{ kind: 'env', name: 'CI_JOB_TOKEN' }], 7]]);
  });

  it('GitHub’s documented examples: GITHUB_TOKEN, and a property before an environment variable', async () => {
    expect(
      await creds(
        `publishing {
  repositories {
    maven {
      name = "GitHubPackages"
      url = uri("https://maven.pkg.github.com/octocat/hello-world")
      credentials {
        username = project.findProperty("gpr.user") ?: System.getenv("USERNAME")
        password = project.findProperty("gpr.key") ?: System.getenv("TOKEN")
      }
    }
  }
}`,
        'build.gradle',
        true,
      ),
    ).toEqual([
      [
        'password',
        [
          { kind: 'property', name: 'gpr.key' },
          { kind: 'env', name: 'TOKEN' },
        ],
        8,
      ],
    ]);
    expect(
      await creds(
        `publishing {
  repositories {
    maven("https://maven.pkg.github.com/octocat/hello-world") {
      name = "GitHubPackages"
      credentials {
        username = System.getenv("GITHUB_ACTOR")
        password = System.getenv("GITHUB_TOKEN")
      }
    }
  }
}`,
        'build.gradle.kts',
      ),
    ).toEqual([['password', [{ kind: 'env', name: 'GITHUB_TOKEN' }], 7]]);
  });

  it('typed PasswordCredentials read <name>Password; repositories outside publishing are not read', async () => {
    expect(
      await creds(
        `repositories { maven { credentials { password = System.getenv("READ_TOKEN") } } }
publishing { repositories { maven { name = "sonatype"; url = uri("https://s01.oss.sonatype.org/x"); credentials(PasswordCredentials::class) } } }`,
        'build.gradle.kts',
      ),
    ).toEqual([['password', [{ kind: 'property', name: 'sonatypePassword' }], 2]]);
  });
});

describe('publishing credentials are read in linear time', () => {
  it.each(['build.gradle', 'build.gradle.kts'])(
    '%s: a credentials block of many value lines',
    async (path) => {
      const script = (n: number) =>
        `publishing { repositories { maven { credentials(HttpHeaderCredentials) {\n${'value = System.getenv("T")\n'.repeat(Math.max(1, n >> 5))}} } } }`;
      // n = 4 Ki, 4n = 16 Ki characters: linear there (CPU ms 4 Ki 5.2, 8 Ki 9.3, 16 Ki 18.5), then V8's
      // young-generation step (32 Ki 50.0: x2.7 in one doubling); the parse budget caps the re-measure.
      const options = { start: 1 << 12, maxSize: 1 << 12, runs: 3 };
      await expectLinearAsync((t: string) => parseScript(t, path, ''), script, options);
      const quadratic = withQuadratic(
        (t: string) => parseScript(t, path, ''),
        (t: string) => t.length * 4,
      );
      await expect(expectLinearAsync(quadratic, script, { ...options, attempts: 1 })).rejects.toThrow(/not linear/);
    },
    120_000,
  );
});
