// GitHub's documented Gradle publishing setup for GitHub Packages: the job's GITHUB_TOKEN.
plugins {
    `java-library`
    `maven-publish`
    signing
}

publishing {
    publications {
        create<MavenPublication>("gpr") { from(components["java"]) }
    }
    repositories {
        maven {
            name = "GitHubPackages"
            url = uri("https://maven.pkg.github.com/octocat/hello-world")
            credentials {
                username = System.getenv("GITHUB_ACTOR")
                password = System.getenv("GITHUB_TOKEN")
            }
        }
    }
}

signing {
    useInMemoryPgpKeys(findProperty("signingKey") as String?, findProperty("signingPassword") as String?)
    sign(publishing.publications)
}
