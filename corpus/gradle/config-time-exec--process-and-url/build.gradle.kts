val branch = ProcessBuilder("git", "branch", "--show-current").start().inputStream.bufferedReader().readText()
