#!/usr/bin/env node
// Entry for `npx openclause`. The CLI is TypeScript run by Node 24's type stripping.
import { main } from '../src/cli/main.ts';

process.exitCode = await main(process.argv.slice(2));
