plugins {
    `java-library`
    `maven-publish`
    signing
    id("io.github.gradle-nexus.publish-plugin") version "2.0.0"
}

group = "org.example"
version = "2.3.0"

// The only repository is `companyNexus`: the plugin gives it the root project's properties
// companyNexusUsername / companyNexusPassword by convention, not sonatypePassword.
nexusPublishing {
    repositories {
        create("companyNexus") {
            nexusUrl.set(uri("https://nexus.example.org/service/local/"))
            snapshotRepositoryUrl.set(uri("https://nexus.example.org/content/repositories/snapshots/"))
        }
    }
}
