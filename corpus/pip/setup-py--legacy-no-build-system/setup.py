from setuptools import setup

setup(
    name="legacy-app",
    version="1.0.0",
    install_requires=["requests==2.32.3"],
)
