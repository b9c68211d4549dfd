module.exports = {
  hooks: {
    readPackage(pkg) {
      return pkg;
    },
    afterAllResolved: (lockfile) => lockfile,
  },
};
