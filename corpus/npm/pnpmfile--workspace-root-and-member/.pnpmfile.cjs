function readPackage(pkg, context) {
  // Pin a transitive dependency that published a broken minor.
  if (pkg.dependencies && pkg.dependencies['left-pad']) {
    pkg.dependencies['left-pad'] = '1.3.0';
    context.log('left-pad pinned to 1.3.0 for ' + pkg.name);
  }
  return pkg;
}

module.exports = { hooks: { readPackage } };
