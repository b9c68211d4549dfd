Gem::Specification.new do |spec|
  spec.name = "app"
  spec.version = "1.0.0"
  spec.files = `git ls-files -z`.split("\x0")
  spec.extensions = []
  spec.metadata["allowed_push_host"] = "https://rubygems.org"
  spec.metadata["rubygems_mfa_required"] = "true"
  spec.add_dependency "rack", ">= 3"
end
