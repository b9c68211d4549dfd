plugins {
    `maven-publish`
}

// A sample build the root settings script does not include: `./gradlew publish` at the root never runs it.
publishing {
    repositories {
        maven {
            name = "demo"
            url = uri("https://demo.example.com/maven/")
            credentials {
                password = System.getenv("DEMO_UPLOAD_KEY")
            }
        }
    }
}
