# frozen_string_literal: true

require "mkmf"
require "mini_portile2"

# As nokogiri's extconf.rb does: the vendored library's source tarball is pinned by its SHA-256.
LIBXML2 = {
  version: "2.13.8",
  url: "https://download.gnome.org/sources/libxml2/2.13/libxml2-2.13.8.tar.xz",
  sha256: "277294cb33119ab71b2bc81f2f445e9bc9435b893ad15bb2cd2b0e859a0ee84a",
}.freeze

if arg_config("--use-system-libraries")
  pkg_config("libxml-2.0") || abort("libxml2 is missing")
else
  recipe = MiniPortile.new("libxml2", LIBXML2[:version])
  recipe.files = [{ url: LIBXML2[:url], sha256: LIBXML2[:sha256] }]
  recipe.configure_options += ["--without-python", "--with-pic"]
  recipe.cook
  recipe.activate
  append_cflags("-I#{recipe.path}/include/libxml2")
  append_ldflags("-L#{recipe.path}/lib")
end

create_makefile("xmlbind/xmlbind")
