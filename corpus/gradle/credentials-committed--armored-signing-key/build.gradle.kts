publishing {
    repositories {
        maven("https://repo.example.com/releases") {
            credentials {
                username = "deploy"
                password = "s3cr3t-deploy-password"
            }
        }
    }
}
