module example.com/app

go 1.22

require github.com/jstemmer/go-junit-report v1.0.0

// upstream does not handle our output
replace github.com/jstemmer/go-junit-report => github.com/tbpg/go-junit-report v0.9.2-0.20210609193143-18c4c3b3ab8c
