plugins {
    `java-library`
    `maven-publish`
    signing
}

group = "org.example"
version = "1.0.0"

publishing {
    publications {
        create<MavenPublication>("maven") { from(components["java"]) }
    }
}
