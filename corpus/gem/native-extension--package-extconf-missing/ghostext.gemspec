Gem::Specification.new do |s|
  s.name = "ghostext"
  s.version = "0.4.0"
  s.summary = "Declares an extension the package does not ship"
  s.authors = ["A. Maintainer"]
  s.license = "MIT"
  s.files = ["lib/ghostext.rb"]
  s.extensions = ["ext/ghostext/extconf.rb"]
end
