plugins {
    alias(libs.plugins.kotlin.jvm)
    // The Central Portal plugin reads its credentials itself: the project properties
    // mavenCentralUsername / mavenCentralPassword; the build script declares no credentials block.
    alias(libs.plugins.vanniktech.publish)
}

mavenPublishing {
    publishToMavenCentral()
    signAllPublications()
    coordinates("com.example", "acme", "1.0.0")
}
