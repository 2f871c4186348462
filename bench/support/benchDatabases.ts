import Knex, { Knex as KnexType } from 'knex';
import fs from 'fs';
import os from 'os';
import path from 'path';

/** PostgreSQL the benchmarks use; override with BENCH_POSTGRES_URL. */
const POSTGRES_URL =
  process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432';

export type BenchDatabase = {
  name: 'SQLite' | 'PostgreSQL';
  knex: KnexType;
  /** Drops what the benchmark created. */
  destroy(): Promise<void>;
};

/** A file-backed SQLite database in a temporary directory (as the portal runs it). */
export async function sqliteDatabase(): Promise<BenchDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-marketplace-bench-'));
  const knex = Knex({
    client: 'better-sqlite3',
    connection: { filename: path.join(dir, 'bench.sqlite') },
    useNullAsDefault: true,
  });
  return {
    name: 'SQLite',
    knex,
    async destroy() {
      await knex.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh PostgreSQL database of its own, or undefined if none answers. */
export async function postgresDatabase(
  prefix: string,
): Promise<BenchDatabase | undefined> {
  const admin = Knex({ client: 'pg', connection: POSTGRES_URL });
  try {
    await admin.raw('select 1');
  } catch (error) {
    await admin.destroy();
    console.log(
      `PostgreSQL skipped: ${POSTGRES_URL} does not answer (${error})`,
    );
    return undefined;
  }
  const database = `${prefix}_${Date.now()}`;
  await admin.raw('create database ??', [database]);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${database}`;
  const knex = Knex({ client: 'pg', connection: url.toString() });
  return {
    name: 'PostgreSQL',
    knex,
    async destroy() {
      await knex.destroy();
      await admin.raw('drop database if exists ??', [database]);
      await admin.destroy();
    },
  };
}

/** Median of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
