Gem::Specification.new do |s|
  s.name = "xmlbind"
  s.version = "1.4.2"
  s.summary = "XML bindings that build a vendored libxml2 with mini_portile2"
  s.authors = ["A. Maintainer"]
  s.license = "MIT"
  s.files = ["lib/xmlbind.rb", "ext/xmlbind/extconf.rb", "dependencies.yml"]
  s.extensions = ["ext/xmlbind/extconf.rb"]
  s.add_runtime_dependency "mini_portile2", "~> 2.8.2"
end
