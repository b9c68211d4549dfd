plugins {
    java
}

repositories {
    mavenLocal {
        content {
            includeGroup("com.acme.internal")
        }
    }
    mavenCentral()
}
