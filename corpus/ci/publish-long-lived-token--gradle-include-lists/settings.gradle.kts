rootProject.name = "acme"

// Literal lists: Settings.include(Iterable<String>) (Gradle >= 7.4) and the spread varargs form.
// samples/demo is a separate sample build that neither list names.
include(listOf(":lib"))
include(*arrayOf(":app"))
