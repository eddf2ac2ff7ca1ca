// Benchmark harness, driven by `cargo xtask bench` (xtask/src/bench.rs); first views are
// measured by first_view.mjs.
//
//   node harness.mjs serve <port> <state>  the built worker in Miniflare (workerd) with a local D1
//                                          and the analysis queue (as wrangler.toml declares it);
//                                          reads commands on stdin: "count" prints the rows stored,
//                                          "pending" the rows not yet analysed, "quit" stops.
//
// Miniflare's Node API is used instead of `wrangler dev`, whose proxy and logging process would
// dominate the figures (../shared/docs/toolchain.md).

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { Miniflare } from "miniflare";

const [command, ...args] = process.argv.slice(2);

if (command === "serve") {
  const [port, state] = args;
  const root = new URL("../../", import.meta.url).pathname;
  const mf = new Miniflare({
    modules: true,
    scriptPath: join(root, "worker/build/index.js"),
    modulesRules: [{ type: "CompiledWasm", include: ["**/*.wasm"] }],
    compatibilityDate: "2026-04-01",
    d1Databases: { DB: "bench" },
    d1Persist: join(state, "d1"),
    // The analysis queue, configured as in wrangler.toml: the same worker consumes it.
    queueProducers: { ANALYSIS: { queueName: "ctpat-feedback-analysis" } },
    queueConsumers: {
      "ctpat-feedback-analysis": {
        maxBatchSize: 100,
        maxBatchTimeout: 1,
        maxRetries: 5,
        deadLetterQueue: "ctpat-feedback-analysis-dead",
      },
    },
    // The production limit would throttle a load test from one address by design.
    ratelimits: {
      SUBMIT_LIMITER: { simple: { limit: 1000000, period: 60 } },
      SIGNIN_IP_LIMITER: { simple: { limit: 1000, period: 60 } },
      SIGNIN_ACCOUNT_LIMITER: { simple: { limit: 1000, period: 60 } },
    },
    host: "127.0.0.1",
    port: Number(port),
  });
  await mf.ready;
  const db = await mf.getD1Database("DB");
  for (const file of readdirSync(join(root, "migrations")).sort()) {
    // One statement at a time; a trigger's body (BEGIN … END;) holds semicolons of its own.
    let statement = "";
    let inTrigger = false;
    for (const raw of readFileSync(join(root, "migrations", file), "utf8").split("\n")) {
      const line = raw.replace(/--.*$/, "").trim();
      if (!line) continue;
      statement += line + " ";
      if (/\bBEGIN$/i.test(line)) inTrigger = true;
      const ends = inTrigger ? /^END;$/i.test(line) || /\bEND;$/i.test(line) : line.endsWith(";");
      if (ends) {
        await db.prepare(statement.trim()).run();
        statement = "";
        inTrigger = false;
      }
    }
  }
  console.log(JSON.stringify({ ready: true }));
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    if (line.startsWith("seed ")) {
      // Deterministic submissions in the shape the API stores, inserted in batches.
      const n = Number(line.slice(5));
      const start = (await db.prepare("SELECT COALESCE(MAX(id), 0) AS m FROM submissions").first()).m;
      const topics = ["minimum_security_criteria", "validations", "benefits", "benefit_measurement", "communications"];
      const words = ["seal", "container", "validation", "report", "exam", "lane", "border", "portal", "training", "partner",
        "specialist", "wait", "cyber", "audit", "trailer", "highway", "broker", "importer", "risk", "agriculture"];
      for (let i = 0; i < n; i += 500) {
        const batch = [];
        for (let j = i; j < Math.min(n, i + 500); j++) {
          const k = start + j + 1;
          const w = (m) => words[(k * 7 + m * 13) % words.length];
          const topic = topics[k % topics.length];
          batch.push(db.prepare(
            "INSERT INTO submissions (tracking_number, received_at, updated_at, status, submitter_kind, entity_type, " +
            "ctpat_status, topic, msc_category, title, body, may_publish, request_hash, priority, analysed_at) " +
            "VALUES (?1, ?2, ?2, ?3, 'anonymous', 'sea_carrier', 'tier_2', ?4, ?5, ?6, ?7, 0, 'seed', ?8, ?2)")
            .bind(`CTPAT-SEED-${String(k).padStart(9, "0")}`, 1700000000000 + k * 1000,
              ["received", "under_review", "accepted", "closed"][k % 4], topic,
              topic === "minimum_security_criteria" ? String((k % 12) + 1) : null,
              `About the ${w(1)} ${w(2)} process`, `The ${w(3)} and ${w(4)} steps differ; ${w(5)} ${w(6)} ${w(7)} number ${k}.`,
              k % 4));
        }
        await db.batch(batch);
      }
      console.log(JSON.stringify({ seeded: n }));
    } else if (line.startsWith("execfile ")) {
      // One statement per line, run in batches (a batch is one transaction).
      const { readFileSync } = await import("node:fs");
      const statements = readFileSync(line.slice(9), "utf8").split("\n").filter((l) => l.trim());
      for (let i = 0; i < statements.length; i += 500) {
        await db.batch(statements.slice(i, i + 500).map((q) => db.prepare(q)));
      }
      console.log(JSON.stringify({ executed: statements.length }));
    } else if (line.startsWith("exec ")) {
      await db.prepare(line.slice(5)).run();
      console.log(JSON.stringify({ ok: true }));
    } else if (line.trim() === "pending") {
      const row = await db.prepare("SELECT COUNT(*) AS n FROM submissions WHERE analysed_at IS NULL").first();
      console.log(JSON.stringify({ count: row.n }));
    } else if (line.trim() === "count") {
      const row = await db.prepare("SELECT COUNT(*) AS n FROM submissions").first();
      console.log(JSON.stringify({ count: row.n }));
    } else if (line.trim() === "quit") {
      break;
    }
  }
  await mf.dispose();
  process.exit(0);
} else {
  console.error("usage: node harness.mjs serve <port> <state>");
  process.exit(2);
}
