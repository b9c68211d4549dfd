dependencies {
    implementation("com.acme:core:1.4.2") {
        exclude(group = "org.slf4j")
    }
    testImplementation("org.junit.jupiter:junit-jupiter:5.10.2")
}
tasks.register("stamp") {
    doLast {
        exec { commandLine("git", "rev-parse", "HEAD") }
    }
}
