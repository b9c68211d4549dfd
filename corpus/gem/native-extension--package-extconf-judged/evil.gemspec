Gem::Specification.new do |s|
  s.name = "evil"
  s.version = "1.0.0"
  s.extensions = ["ext/evil/extconf.rb"]
end
