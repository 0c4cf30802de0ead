// Worker thread of src/ingest/workers.ts: parses the seeds it is sent with ingestSeed and sends the results back.
import { parentPort, workerData } from "node:worker_threads";
import { ingestSeed, withEvents, type SeedResult } from "./index.ts";
import { useVocabulary } from "../taxonomy/match.ts";
import type { Vocabulary } from "../taxonomy/vocabulary.ts";
import type { RawSeed } from "./types.ts";

/** A parsed seed, or why parsing threw (the caller reports it as a problem of that file). */
export type SeedOutcome = { ok: true; result: SeedResult } | { ok: false; message: string };
/** A seed's outcome as a worker sends it: with `json`, the result as JSON text instead of an object. */
export type WireOutcome = SeedOutcome | { ok: true; json: string };
/** Seeds to parse; `from` is the index of the first in the whole list. */
export interface ToIngestWorker {
  from: number;
  seeds: RawSeed[];
  /** Also find each article's chronology events. */
  events: boolean;
  /**
   * Send each result as JSON text: the parent caches results as JSON (src/build-cache.ts), so the text is made here,
   * on this thread, and the parent parses it once instead of receiving a copy, writing it out and parsing it again.
   */
  json: boolean;
}
export interface FromIngestWorker {
  from: number;
  outcomes: WireOutcome[];
}

/** What the parent gives the worker when it starts. */
export interface IngestWorkerData {
  /** The vocabulary the parent's matcher was compiled from: not read and checked from vocabulary.yaml again. */
  vocabulary: Vocabulary;
}

const data = workerData as IngestWorkerData | undefined;
if (data?.vocabulary) useVocabulary(data.vocabulary);

const port = parentPort!;
port.on("message", (m: ToIngestWorker) => {
  const outcomes = m.seeds.map((raw): WireOutcome => {
    try {
      const parsed = ingestSeed(raw);
      const result = m.events ? withEvents(parsed) : parsed;
      return m.json ? { ok: true, json: JSON.stringify(result) } : { ok: true, result };
    } catch (err) {
      return { ok: false, message: err instanceof Error ? err.message : String(err) };
    }
  });
  port.postMessage({ from: m.from, outcomes } satisfies FromIngestWorker);
});
