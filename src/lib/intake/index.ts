/**
 * Taking a comment in. One statement stores a comment with its rate-limit hit, window check,
 * participant and queue row (statement.ts), batched with others of the same moment (batch.ts),
 * with high rate limits spent from blocks a process holds (leases.ts); the queue is then folded
 * into the kept counts and near-duplicate groups (fold.ts), and swept for what a dead process
 * left (sweep.ts). planner hints for those small-batch statements: plan.ts.
 *
 * The rest of the app takes comments through `submitComment` (the public and staff forms, with
 * validation: src/lib/comments/submit.ts) or `storeComment` (imports, already validated), and
 * waits for the counts with the settle functions.
 */
export { storeComment, type NewComment } from './store.ts';
export { LEASED_FROM, leaseSize } from './leases.ts';
export {
  finishFolding,
  foldPendingComments,
  foldPendingIn,
  foldSchedulerCount,
  hasPendingComments,
  settleIntake,
  settlePending,
  uncountedComments,
} from './fold.ts';
export { intakeBatcherCount } from './batch.ts';
export { startIntakeSweep, vacuumQueue } from './sweep.ts';
