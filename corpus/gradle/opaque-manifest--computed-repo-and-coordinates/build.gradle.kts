repositories {
    maven { url = uri(System.getenv("REPO")) }
}
