pluginManagement {
    includeBuild("build-logic")
    repositories {
        gradlePluginPortal()
    }
}
rootProject.name = "app"
