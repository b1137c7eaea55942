// A worker thread of the analysis pool (analysis-pool.ts): analyses the stories it is sent and sends
// back one batch analysis, its number arrays moved rather than copied. Pure CPU work: no database here.
import { parentPort } from 'node:worker_threads';
import { analyseBatch, type StoryText } from './story-analysis.ts';

parentPort!.on('message', (message: { id: number; stories: StoryText[] }) => {
  const batch = analyseBatch(message.stories);
  const moved = [batch.starts, batch.terms, batch.counts, batch.boosts].map((a) => a.buffer as ArrayBuffer);
  parentPort!.postMessage({ id: message.id, batch }, moved);
});
