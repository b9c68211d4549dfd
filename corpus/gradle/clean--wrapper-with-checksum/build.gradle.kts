plugins {
    java
}

dependencies {
    implementation("com.squareup.okhttp3:okhttp:4.12.0")
}
