Gem::Specification.new do |spec|
  spec.name = "app"
  spec.version = "1.0.0"
  spec.files = `git ls-files -z`.split("\x0")
end
