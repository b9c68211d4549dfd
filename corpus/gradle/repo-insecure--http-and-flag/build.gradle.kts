repositories {
    maven {
        url = uri("http://nexus.acme.example/repository/maven-public/")
        isAllowInsecureProtocol = true
    }
}
