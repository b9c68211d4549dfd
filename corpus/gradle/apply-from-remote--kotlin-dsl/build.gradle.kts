apply(from = "https://raw.githubusercontent.com/acme/gradle-scripts/main/publish.gradle.kts")
apply(from = "gradle/local.gradle.kts")
