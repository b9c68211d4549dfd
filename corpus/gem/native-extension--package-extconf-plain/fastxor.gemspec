Gem::Specification.new do |s|
  s.name = "fastxor"
  s.version = "1.1.0"
  s.summary = "XOR two strings in C"
  s.authors = ["A. Maintainer"]
  s.license = "MIT"
  s.files = ["lib/fastxor.rb", "ext/fastxor/extconf.rb", "ext/fastxor/fastxor.c"]
  s.extensions = ["ext/fastxor/extconf.rb"]
  s.required_ruby_version = ">= 3.0"
end
