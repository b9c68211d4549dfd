Gem::Specification.new do |spec|
  spec.name = "local_gem"
  spec.version = "0.1.0"
  spec.files = Dir["lib/**/*.rb"]
end
