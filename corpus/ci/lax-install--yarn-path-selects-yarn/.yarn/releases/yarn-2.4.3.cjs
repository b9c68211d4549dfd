// yarn 2.4.3 release bundle (stub)
