// yarn 4.5.3 release bundle (stub)
