rootProject.name = "app"

dependencyResolutionManagement {
    repositories {
        mavenCentral()
    }
}
