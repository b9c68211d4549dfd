Gem::Specification.new do |spec|
  spec.name = "fastjson"
  spec.version = "0.1.0"
  spec.files = Dir["lib/**/*.rb", "ext/**/*"]
  spec.extensions = ["ext/fastjson/extconf.rb"]
end
