Gem::Specification.new do |s|
  s.name = "calm"
  s.version = "1.0.0"
  s.extensions = ["ext/calm/extconf.rb"]
end
