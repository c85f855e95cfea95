// cdk8s-cli loads a validation plugin with require(). An app that installs cdk8s-tls from npm
// names the package in cdk8s.yaml instead of this file; the example runs the repository's source.
require('ts-node').register({ transpileOnly: true });
module.exports = require('../../src');
