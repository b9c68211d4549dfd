plugins {
    `java-library`
    `maven-publish`
}

publishing {
    repositories {
        maven {
            name = "apps"
            url = uri("https://apps.example.com/maven/")
            credentials {
                username = System.getenv("APP_USER")
                password = System.getenv("APP_UPLOAD_KEY")
            }
        }
    }
}
