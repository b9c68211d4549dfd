dependencies {
    implementation("org.slf4j:slf4j-api:latest.release")
    implementation("com.fasterxml.jackson.core:jackson-databind:[2.15,2.18)")
}
