module example.com/demo/svc

go 1.22

require (
	github.com/google/uuid v1.6.0
	example.com/demo/shared v0.0.0
)

replace example.com/demo/shared => ../shared
