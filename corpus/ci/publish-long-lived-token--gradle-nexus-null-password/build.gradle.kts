plugins {
    `java-library`
    `maven-publish`
    id("io.github.gradle-nexus.publish-plugin") version "2.0.0"
}

group = "org.example"
version = "1.8.0"

nexusPublishing {
    repositories {
        sonatype {
            // Null when the variable is unset: Property.set(null) discards the value and the plugin's
            // convention, the root project property sonatypePassword, is sent instead.
            password.set(System.getenv("LEGACY_OSSRH_KEY"))
        }
    }
}
