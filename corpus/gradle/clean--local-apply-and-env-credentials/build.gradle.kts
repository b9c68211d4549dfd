publishing {
    repositories {
        maven("https://repo.example.com/kts") {
            credentials {
                password = providers.gradleProperty("repoPassword").get()
            }
        }
    }
}
