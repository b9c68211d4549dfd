require "mkmf"

libdir = File.expand_path("../../vendor/libfoo", __dir__)
Dir.chdir(libdir) do
  system("./configure", "--disable-shared", "--with-pic") or abort "configure failed"
  system("make", "-j4") or abort "make failed"
end
$LOCAL_LIBS << " #{libdir}/libfoo.a"
create_makefile("vendored/vendored")
