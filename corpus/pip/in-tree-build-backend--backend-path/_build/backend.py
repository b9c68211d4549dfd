"""An in-tree PEP 517 backend."""
from setuptools.build_meta import *  # noqa
