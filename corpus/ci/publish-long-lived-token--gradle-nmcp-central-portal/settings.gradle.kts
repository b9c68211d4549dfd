plugins {
    id("com.gradleup.nmcp.settings") version "1.6.1"
}

rootProject.name = "portal-example"
include(":lib")

// nmcp's Central Portal credentials are plain properties with no convention: the block says what they read.
nmcpSettings {
    centralPortal {
        username = providers.environmentVariable("CENTRAL_PORTAL_USERNAME")
        password = providers.environmentVariable("CENTRAL_PORTAL_PASSWORD")
        publishingType = "AUTOMATIC"
    }
}
