/** A Central Portal plugin's own credential properties, read where no credentials block names them. */
import { describe, expect, it } from 'vitest';
import { classifyWith } from './command.test.helpers.js';
import { parseScript } from './load/script.js';
import type { Catalog, GradleModel } from './model.js';

const CATALOG: Catalog = {
  path: 'gradle/libs.versions.toml',
  libraries: [],
  plugins: [{ alias: 'vanniktech-maven_publish', group: 'com.vanniktech.maven.publish', name: 'x', line: 3 }],
};

async function classify(script: string, path: string, line: string, env: Record<string, string> = {}) {
  const { script: s } = await parseScript(script, path, '');
  const model = { scripts: [s!], properties: [], catalogs: [CATALOG] } as unknown as GradleModel;
  // `${{ secrets.P }}` is one word, as the workflow's shell reader keeps it.
  return classifyWith(model, line, env, line.split(/ (?![^{]*\}\})/));
}

describe('com.vanniktech.maven.publish reads mavenCentralPassword itself (0.37.0 source)', () => {
  it.each([
    ['plugins { id("com.vanniktech.maven.publish") version "0.37.0" }\n', 'build.gradle.kts'],
    ['plugins { alias(libs.plugins.vanniktech.maven.publish) }\n', 'build.gradle.kts'],
    ["apply plugin: 'com.vanniktech.maven.publish.base'\n", 'build.gradle'],
    ['apply(plugin = "com.vanniktech.maven.publish")\n', 'build.gradle.kts'],
  ])('%s: -PmavenCentralPassword from a secret is the publish token, named with the plugin', async (script, path) => {
    const v = await classify(script, path, './gradlew publishToMavenCentral -PmavenCentralPassword=${{ secrets.P }}');
    expect(v?.auth).toBe('token');
    expect(v?.reason).toMatch(
      /com\.vanniktech\.maven\.publish(?:\.base)?’s password at build\.gradle(?:\.kts)?:1\): -PmavenCentralPassword = `\$\{\{ secrets\.P \}\}`/,
    );
  });

  it('ORG_GRADLE_PROJECT_mavenCentralPassword from the workflow’s variables is not a stored secret the static read can follow', async () => {
    const v = await classify(
      'plugins { id("com.vanniktech.maven.publish") }\n',
      'build.gradle.kts',
      './gradlew publish',
      {
        ORG_GRADLE_PROJECT_mavenCentralPassword: '${{ vars.CENTRAL }}',
      },
    );
    expect(v?.undeterminable).toBe(true);
  });

  it('a signing key alone is no publish credential; without the plugin, -PmavenCentralPassword is not read', async () => {
    const signing = await classify(
      'plugins { id("com.vanniktech.maven.publish") }\n',
      'build.gradle.kts',
      './gradlew publishToMavenCentral',
      {
        ORG_GRADLE_PROJECT_signingInMemoryKey: '${{ secrets.KEY }}',
        ORG_GRADLE_PROJECT_signingInMemoryKeyPassword: '${{ secrets.KEY_PASSWORD }}',
      },
    );
    expect(`${signing?.auth} ${signing?.reason}`).toMatch(/^none-visible/);
    const other = await classify(
      'plugins { `maven-publish` }\n',
      'build.gradle.kts',
      './gradlew publish -PmavenCentralPassword=${{ secrets.P }}',
    );
    expect(other?.auth).toBe('none-visible');
  });
});

describe('io.github.gradle-nexus.publish-plugin reads sonatypePassword itself (v2.0.0 source)', () => {
  const nexus =
    'plugins { id("io.github.gradle-nexus.publish-plugin") version "2.0.0" }\nnexusPublishing { repositories { sonatype() } }\n';

  it('ORG_GRADLE_PROJECT_sonatypePassword from a secret is the publish token, named with the plugin', async () => {
    const v = await classify(
      nexus,
      'build.gradle.kts',
      './gradlew publishToSonatype closeAndReleaseSonatypeStagingRepository',
      {
        ORG_GRADLE_PROJECT_sonatypeUsername: '${{ secrets.SONATYPE_USERNAME }}',
        ORG_GRADLE_PROJECT_sonatypePassword: '${{ secrets.SONATYPE_PASSWORD }}',
      },
    );
    expect(v?.auth).toBe('token');
    expect(v?.reason).toMatch(
      /io\.github\.gradle-nexus\.publish-plugin’s password at build\.gradle\.kts:2\): ORG_GRADLE_PROJECT_sonatypePassword/,
    );
  });

  it('a repository of another name reads <name>Password; a password its block sets replaces that', async () => {
    const kotlin = `plugins { id("io.github.gradle-nexus.publish-plugin") version "2.0.0" }
nexusPublishing {
  repositories {
    create("myNexus") {
      nexusUrl.set(uri("https://nexus.example.org/service/local/"))
    }
    register("staging") {
      password.set(providers.environmentVariable("STAGING_TOKEN"))
    }
  }
}
`;
    const own = await classify(kotlin, 'build.gradle.kts', './gradlew publishToMyNexus', {
      ORG_GRADLE_PROJECT_myNexusPassword: '${{ secrets.NEXUS_PASSWORD }}',
    });
    expect(own?.auth).toBe('token');
    expect(own?.reason).toMatch(/build\.gradle\.kts:4\): ORG_GRADLE_PROJECT_myNexusPassword/);
    const set = await classify(kotlin, 'build.gradle.kts', './gradlew publishToStaging', {
      STAGING_TOKEN: '${{ secrets.STAGING_TOKEN }}',
    });
    expect(set?.reason).toMatch(/build\.gradle\.kts:7\): STAGING_TOKEN/);
    // The sonatype default is not the build's: its repositories are named in the block.
    const sonatype = await classify(kotlin, 'build.gradle.kts', './gradlew publishToMyNexus', {
      ORG_GRADLE_PROJECT_signingKey: '${{ secrets.SIGNING_KEY }}',
    });
    expect(`${sonatype?.auth} ${sonatype?.reason}`).toMatch(/^none-visible/);
    // Groovy: `myNexus { … }` creates the repository through the container's configure delegate.
    const groovy = `plugins { id 'io.github.gradle-nexus.publish-plugin' version '2.0.0' }
nexusPublishing {
  repositories {
    myNexus {
      nexusUrl = uri('https://nexus.example.org/service/local/')
      password = System.getenv('NEXUS_PASSWORD')
    }
    sonatype {
      password.set(findProperty('ossrhPassword'))
    }
    all { allowInsecureProtocol = false }
  }
}
`;
    const g = await classify(groovy, 'build.gradle', './gradlew publishToMyNexus', {
      NEXUS_PASSWORD: '${{ secrets.NEXUS_PASSWORD }}',
    });
    expect(g?.reason).toMatch(/build\.gradle:4\): NEXUS_PASSWORD/);
    const o = await classify(groovy, 'build.gradle', './gradlew publishToSonatype', {
      ORG_GRADLE_PROJECT_ossrhPassword: '${{ secrets.OSSRH }}',
    });
    expect(o?.reason).toMatch(/build\.gradle:8\): ORG_GRADLE_PROJECT_ossrhPassword/);
    // A name the script computes: undeterminable, not a guess.
    const computed = await classify(
      'nexusPublishing { repositories { create(repoName) { } } }\n',
      'build.gradle.kts',
      './gradlew publishToX',
    );
    expect(computed?.undeterminable).toBe(true);
    expect(computed?.reason).toMatch(/computes .*create\(repoName\)/);
  });

  // Gradle's Property.set(T): null discards the value and the convention (`<name>Password`) applies;
  // set(Provider) with no value leaves none, whatever the convention.
  it('a null password falls back to the <name>Password convention; an unset provider does not', async () => {
    const script = `plugins { id 'io.github.gradle-nexus.publish-plugin' version '2.0.0' }
nexusPublishing {
  repositories {
    sonatype {
      password.set(null)
    }
    myNexus {
      password = System.getenv('NEXUS_PASSWORD')
    }
    staging {
      password.set(providers.environmentVariable('STAGING_TOKEN'))
    }
  }
}
`;
    const cleared = await classify(script, 'build.gradle', './gradlew publishToSonatype', {
      ORG_GRADLE_PROJECT_sonatypePassword: '${{ secrets.OSSRH }}',
    });
    expect(cleared?.auth).toBe('token');
    expect(cleared?.reason).toMatch(/build\.gradle:4\): ORG_GRADLE_PROJECT_sonatypePassword/);
    // System.getenv of a variable the job does not set is null: the convention property is sent.
    const fallback = await classify(script, 'build.gradle', './gradlew publishToMyNexus', {
      ORG_GRADLE_PROJECT_myNexusPassword: '${{ secrets.NEXUS }}',
    });
    expect(fallback?.reason).toMatch(/build\.gradle:7\): ORG_GRADLE_PROJECT_myNexusPassword/);
    const first = await classify(script, 'build.gradle', './gradlew publishToMyNexus', {
      NEXUS_PASSWORD: '${{ secrets.NEXUS_PASSWORD }}',
    });
    expect(first?.reason).toMatch(/build\.gradle:7\): NEXUS_PASSWORD/);
    const provider = await classify(script, 'build.gradle', './gradlew publishToStaging', {
      ORG_GRADLE_PROJECT_stagingPassword: '${{ secrets.STAGING }}',
    });
    // Not the plugin's password (the step's variable is only named by the generic credential-name rule).
    expect(provider?.reason).not.toMatch(/publish-plugin’s password/);
    expect(provider?.reason).toBe('publishes with repository credentials from ORG_GRADLE_PROJECT_stagingPassword');
  });

  it('a signing key alone is no publish credential of the plugin', async () => {
    const signing = await classify(nexus, 'build.gradle.kts', './gradlew publishToSonatype', {
      ORG_GRADLE_PROJECT_signingKey: '${{ secrets.SIGNING_KEY }}',
    });
    expect(`${signing?.auth} ${signing?.reason}`).toMatch(/^none-visible/);
  });
});

describe('com.gradleup.nmcp sends the password of its centralPortal block (v1.6.1 source)', () => {
  it('the block’s password is the Central Portal credential; a signing key alone is none', async () => {
    const kotlin = `plugins { id("com.gradleup.nmcp.aggregation") version "1.6.1" }
nmcpAggregation {
  centralPortal {
    username = providers.environmentVariable("CENTRAL_PORTAL_USERNAME")
    password = providers.environmentVariable("CENTRAL_PORTAL_PASSWORD")
    publishingType = "AUTOMATIC"
  }
}
`;
    const v = await classify(kotlin, 'build.gradle.kts', './gradlew publishAggregationToCentralPortal', {
      CENTRAL_PORTAL_USERNAME: '${{ secrets.CENTRAL_PORTAL_USERNAME }}',
      CENTRAL_PORTAL_PASSWORD: '${{ secrets.CENTRAL_PORTAL_PASSWORD }}',
    });
    expect(v?.auth).toBe('token');
    expect(v?.reason).toMatch(/com\.gradleup\.nmcp’s password at build\.gradle\.kts:3\): CENTRAL_PORTAL_PASSWORD/);
    const signing = await classify(kotlin, 'build.gradle.kts', './gradlew publishAggregationToCentralPortal', {
      ORG_GRADLE_PROJECT_signingInMemoryKey: '${{ secrets.SIGNING_KEY }}',
    });
    expect(`${signing?.auth} ${signing?.reason}`).toMatch(/^none-visible/);
    const groovy = `nmcpSettings {
  centralPortal {
    username = findProperty('centralUser')
    password.set(findProperty('centralPassword'))
  }
}
`;
    const g = await classify(groovy, 'settings.gradle', './gradlew publishAggregationToCentralPortal', {
      ORG_GRADLE_PROJECT_centralPassword: '${{ secrets.CENTRAL }}',
    });
    expect(g?.reason).toMatch(
      /com\.gradleup\.nmcp’s password at settings\.gradle:2\): ORG_GRADLE_PROJECT_centralPassword/,
    );
  });
});
