#!/usr/bin/env node
import * as fs from 'fs';
import { AUDIT_USAGE, audit } from './audit';
import { GRAPH_USAGE, graph } from './graph';
import { INSPECT_USAGE, inspect } from './inspect';
import { CliIo, UsageError } from './io';
import { RULES_USAGE, explain, rules } from './rules';
import { toolVersion } from './version';

const USAGE = `usage: cdk8s-tls <command> [args]

commands:
  audit <file|dir|->... [--format text|json|sarif|github|junit] [--fail-on error|warning|never]
        [--quiet]   check Kubernetes YAML with the library's rules
  inspect <pem|yaml|->... [--format text|json] [--now ISO-DATE]   print the certificates of PEM files and TLS Secrets
  graph <file|dir|->... [--format mermaid|dot]   draw issuers, certificates, Secrets and their consumers
  rules [--format text|json]   list every rule
  explain <RULE-ID>   why a rule matters, how to fix it, an example
  --version   print the version

${AUDIT_USAGE}

${INSPECT_USAGE}

${GRAPH_USAGE}

${RULES_USAGE}`;

const COMMANDS: Record<string, (args: readonly string[], io: CliIo) => number> = { audit, inspect, graph, rules, explain };

/** Runs the CLI and returns its exit status. */
export function main(argv: readonly string[], io: CliIo): number {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === 'version') {
    io.stdout(`${toolVersion()}\n`);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr(`cdk8s-tls: unknown command ${JSON.stringify(command)}\n${USAGE}\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  try {
    return run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`cdk8s-tls ${command}: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    // Whatever the input, the user gets a message and status 2, never a stack trace.
    io.stderr(`cdk8s-tls ${command}: ${(e as Error).message}\n`);
    return 2;
  }
}

if (require.main === module) {
  // Node's own warnings (deprecations, experimental features) are not findings: keep stderr for
  // the tool's messages, so CI logs and scripts that read them see nothing else.
  process.removeAllListeners('warning');
  process.exitCode = main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: () => fs.readFileSync(0, 'utf8'),
  });
}
