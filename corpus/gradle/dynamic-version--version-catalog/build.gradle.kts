plugins {
    alias(libs.plugins.kotlin)
}

dependencies {
    implementation(libs.guava)
}
