module example.com/app

go 1.22

require (
	example.com/shared v0.0.0
	example.com/tools v0.0.0
)

replace example.com/shared => ./internal/shared

replace example.com/tools v0.0.0 => ../../../tools
