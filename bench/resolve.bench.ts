import 'reflect-metadata';
import type { PersonMention } from '../connectors/shared/canonical-record';
import { createOrm } from '../src/db/orm';
import { DemoPerson, generateDemoCounty } from '../src/demo';
import { writePeople } from '../src/domain/people/person.writer';
import { resolvePersonMentions } from '../src/resolution/resolver';
import { useBenchKeyring } from './lib/bench-access';
import { mentionOf, prepareResolvedPeople } from './lib/resolve-seed';

/**
 * bench:resolve — resolution cost as the county grows. With 100,000 and then 1,000,000 people
 * already resolved in PostgreSQL, resolves the same kind of 50,000 new mentions in batches (each
 * batch one transaction, as the pipeline runs it: candidates, decisions, new people, profiles,
 * keys, review pairs): 40% carry a known valid number, 30% only a known person's name and phone,
 * 10% a known person's name, birth date and a one-digit typo of their number, 20% new people
 * (half with a number). Reports mentions/s and the p99 latency a mention sees (its batch's time),
 * and the bench process's CPU per mention (steadier than mentions/s on a machine others share).
 */
const SIZES = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const MENTIONS = Number(process.env.BENCH_MENTIONS ?? 50_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 500);
// Batches run as the pipeline runs them: one consumer per Kafka partition, several at once.
const WORKERS = Number(process.env.BENCH_WORKERS ?? 3);

function typo(id: string): string {
  const at = 14;
  return id.slice(0, at) + ((Number(id[at]) + 1) % 10) + id.slice(at + 1);
}

function mentionsFor(known: DemoPerson[], fresh: DemoPerson[]): PersonMention[] {
  return Array.from({ length: MENTIONS }, (_, i) => {
    const kind = i % 10;
    const p = known[(i * 7919) % known.length];
    if (kind < 4) return mentionOf(p, true);
    if (kind < 7) return { ...mentionOf(p, false), gender: null };
    if (kind < 8)
      return {
        ...mentionOf(p, false),
        birthDate: p.birthDate,
        identityNumber: { value: typo(p.identityNumber), valid: false, legacy: false },
      };
    return mentionOf(fresh[i % fresh.length], kind === 8);
  });
}

async function run(size: number) {
  const county = generateDemoCounty({ people: size + MENTIONS, seed: 5 });
  const known = county.people.slice(0, size);
  const url = await prepareResolvedPeople(known);
  const mentions = mentionsFor(known, county.people.slice(size));
  const orm = await createOrm({ url, poolMax: WORKERS + 1 });
  const latencies: number[] = [];
  const started = performance.now();
  // The bench process's own CPU per mention: on a shared machine, steadier than mentions/s.
  const cpu = process.cpuUsage();
  let next = 0;
  const worker = async () => {
    for (let start = next; start < mentions.length; start = next) {
      next += BATCH;
      const batch = mentions
        .slice(start, start + BATCH)
        .map((mention, n) => ({ topic: 'bench', key: `b${start + n}`, mention }));
      const t0 = performance.now();
      await orm.em.fork().transactional(async (em) => {
        const { resolutions, commit } = await resolvePersonMentions(em, batch);
        await writePeople(
          em,
          batch.map((m, n) => ({ personId: resolutions[n].personId, mention: m.mention, observedAt: new Date() })),
        );
        await commit();
      });
      const took = performance.now() - t0;
      for (let n = 0; n < batch.length; n += 1) latencies.push(took);
    }
  };
  try {
    await Promise.all(Array.from({ length: WORKERS }, worker));
  } finally {
    await orm.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  latencies.sort((a, b) => a - b);
  return {
    size,
    perSecond: mentions.length / seconds,
    p99: latencies[Math.floor(latencies.length * 0.99)],
    cpuPerMention: (used.user + used.system) / mentions.length,
  };
}

async function main(): Promise<void> {
  // Identity numbers and phones are sealed at rest: the bench keyring seals and indexes them.
  useBenchKeyring();
  const results = [];
  for (const size of SIZES) results.push(await run(size));
  console.log(
    `\n| people resolved | mentions | mentions/s | p99 per mention (ms, its batch of ${BATCH}) | bench process CPU per mention (µs) |\n|---|---|---|---|---|`,
  );
  for (const r of results)
    console.log(
      `| ${r.size.toLocaleString('en')} | ${MENTIONS.toLocaleString('en')} | ${r.perSecond.toFixed(0)} | ${r.p99.toFixed(0)} | ${r.cpuPerMention.toFixed(0)} |`,
    );
  if (results.length > 1)
    console.log(
      `\nthroughput at ${results[1].size.toLocaleString('en')} / at ${results[0].size.toLocaleString('en')}: ${(results[1].perSecond / results[0].perSecond).toFixed(2)}`,
    );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
