require "mkmf"

$CFLAGS << " -O3 -std=c99"
have_header("stdint.h")
create_makefile("fastxor/fastxor")
