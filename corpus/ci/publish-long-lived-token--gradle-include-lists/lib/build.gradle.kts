plugins {
    `java-library`
    `maven-publish`
}

publishing {
    repositories {
        maven {
            name = "nexus"
            url = uri("https://nexus.example.com/repository/releases/")
            credentials {
                username = System.getenv("NEXUS_USER")
                password = System.getenv("NEXUS_TOKEN")
            }
        }
    }
}
