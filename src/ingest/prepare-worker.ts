// A worker thread of StoryPreparer: prepares the batches of drafts it is sent, in order.
import { parentPort } from 'node:worker_threads';
import { prepareFields, type PrepareReply, type PrepareRequest } from './story-preparer.ts';

parentPort?.on('message', ({ id, drafts }: PrepareRequest) => {
  parentPort!.postMessage({ id, prepared: drafts.map(prepareFields) } satisfies PrepareReply);
});
