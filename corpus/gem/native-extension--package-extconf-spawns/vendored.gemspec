Gem::Specification.new do |s|
  s.name = "vendored"
  s.version = "2.0.3"
  s.summary = "Bindings that build a vendored library at install"
  s.authors = ["A. Maintainer"]
  s.license = "MIT"
  s.files = ["lib/vendored.rb", "ext/vendored/extconf.rb"]
  s.extensions = ["ext/vendored/extconf.rb"]
end
