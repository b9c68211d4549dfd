dependencyResolutionManagement {
    repositories {
        exclusiveContent {
            forRepository {
                maven("https://repo.example.com/internal") {
                    name = "internal"
                }
            }
            filter { includeGroup("com.acme") }
        }
        mavenCentral()
    }
}
