import subprocess
from setuptools import setup

def git_version():
    try:
        return subprocess.check_output(["git", "describe", "--tags"]).decode().strip().lstrip("v")
    except Exception:
        return "0.0.0"

setup(name="tool", version=git_version(), packages=["tool"])
