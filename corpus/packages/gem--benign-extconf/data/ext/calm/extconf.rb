require "mkmf"
have_header("zlib.h")
create_makefile("calm")
