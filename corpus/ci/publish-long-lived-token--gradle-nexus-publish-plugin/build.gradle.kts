plugins {
    `java-library`
    `maven-publish`
    signing
    id("io.github.gradle-nexus.publish-plugin") version "2.0.0"
}

group = "com.example"
version = "1.4.0"

// The plugin's sonatype() repository authenticates with the root project's properties
// sonatypeUsername / sonatypePassword: no credentials block names them.
nexusPublishing {
    repositories {
        sonatype()
    }
}
