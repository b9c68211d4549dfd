plugins {
    `java-library`
    `maven-publish`
}

publishing {
    publications {
        create<MavenPublication>("library") { from(components["java"]) }
    }
    repositories {
        maven("https://nexus.example.com/repository/releases") {
            name = "nexus"
            credentials {
                username = System.getenv("PUBLISH_USER")
                password = System.getenv("PUBLISH_TOKEN")
            }
        }
    }
}
