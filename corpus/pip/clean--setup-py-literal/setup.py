from setuptools import setup

setup(
    name="literal",
    version="1.0.0",
    install_requires=["attrs>=23"],
)
