// `npm run stress`: the real Slack and Discord adapters under load, against fake platforms on 127.0.0.1.
// (a) 2,000 signed app_mention events, 50 in flight; (b) 2,000 /sovereignty commands, 50 in flight;
// (c) 500 Discord /ask interactions in one gateway burst; (d) 500 /deal autocompletes in one burst;
// (e) memory before, at peak and after a forced collection; (f) 200 mentions, 200 commands and 200 /ask sent
// one at a time, whose acknowledgement must come within 50 ms (p99). Prints a markdown table (or JSON with
// --json) and exits 1 when a request was acknowledged late, answered twice or lost, or the heap did not
// come back.
import { MemorySampler, settledMemory } from './stress/memory.js';
import { buildReport, formatReport } from './stress/report.js';
import { StressRig } from './stress/rig.js';
import {
  discordAsks,
  discordAutocompletes,
  type ScenarioResult,
  slackCommands,
  slackMentions,
  warmUp,
} from './stress/scenarios.js';

const json = process.argv.includes('--json');
if (process.argv.includes('--help')) {
  console.log('usage: npm run stress [-- --json]');
  process.exit(0);
}

const rig = await StressRig.start();
try {
  await warmUp(rig);
  const before = settledMemory();
  const sampler = new MemorySampler().start();
  const results: ScenarioResult[] = [];
  const progress = (result: ScenarioResult) => {
    results.push(result);
    if (!json)
      console.error(`stress: ${result.title}: ${result.sent} sent in ${Math.round(result.durationMs)} ms`);
  };
  progress(await slackMentions(rig, { count: 2000, concurrency: 50, answerTimeoutMs: 30_000 }));
  progress(await slackCommands(rig, { count: 2000, concurrency: 50, answerTimeoutMs: 30_000 }));
  progress(await discordAsks(rig, { count: 500, answerTimeoutMs: 30_000 }));
  progress(await discordAutocompletes(rig, { count: 500, answerTimeoutMs: 30_000 }));
  progress(await slackMentions(rig, { count: 200, concurrency: 1 }));
  progress(await slackCommands(rig, { count: 200, concurrency: 1 }));
  progress(await discordAsks(rig, { count: 200, oneByOne: true, answerTimeoutMs: 30_000 }));
  const peak = sampler.peak;
  sampler.stop();
  const report = buildReport(results, { before, peak, after: settledMemory() });
  console.log(json ? JSON.stringify(report, null, 2) : formatReport(report));
  process.exitCode = report.ok ? 0 : 1;
} catch (error) {
  console.error(`stress: the run could not complete: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await rig.close();
}
