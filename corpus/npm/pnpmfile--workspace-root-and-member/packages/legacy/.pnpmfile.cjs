module.exports = {
  hooks: {
    readPackage(pkg) {
      delete pkg.peerDependencies;
      return pkg;
    },
  },
};
