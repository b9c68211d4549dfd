dependencyResolutionManagement {
    repositories {
        exclusiveContent {
            forRepository { maven("https://nexus.acme.example/repository/internal/") }
            filter { includeGroupByRegex("com\\.acme\\..*") }
        }
        mavenCentral()
    }
}
rootProject.name = "app"
