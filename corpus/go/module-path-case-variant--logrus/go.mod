module example.com/app

go 1.22

require (
	github.com/sirupsen/logrus v1.9.3
	github.com/Sirupsen/logrus v1.0.6 // indirect
)
