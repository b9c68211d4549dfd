plugins {
    `java-library`
    `maven-publish`
    id("io.github.gradle-nexus.publish-plugin") version "2.0.0"
}

group = "org.example"
version = "1.8.0"

nexusPublishing {
    repositories {
        create("companyNexus") {
            nexusUrl.set(uri("https://nexus.example.org/service/local/"))
            // A provider: when the variable is unset the property has no value, and the convention
            // (companyNexusPassword) is not used.
            password.set(providers.environmentVariable("COMPANY_NEXUS_KEY"))
        }
    }
}
