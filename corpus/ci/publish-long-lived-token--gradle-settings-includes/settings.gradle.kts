rootProject.name = "acme"

// Only :lib is a project of this build; samples/demo is a separate sample build, not included.
include(":lib")
