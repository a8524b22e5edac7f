import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { BundleService } from '../../../../../src/main/services/bundles';
import { FilingService } from '../../../../../src/main/services/filings';
import { JobService } from '../../../../../src/main/services/jobs';
import { TaskRunner } from '../../../../../src/main/workers/task-runner';
import { BundleImportResult, BundlePreview, type BundleImportInput, type JobStatus } from '../../../../../src/shared/ipc';
import { accessInput, entityInput, openPortfolio, personInput, websiteInput, type Harness } from '../portfolio/harness';

export interface BundleHarness extends Harness {
  jobs: JobService;
  bundles: BundleService;
}

/** A real store (the app's config) in a temp directory with the bundle service over it; tasks run inline. */
export async function openBundles(): Promise<BundleHarness> {
  const h = await openPortfolio();
  const jobs = new JobService();
  const bundles = new BundleService({ data: { store: h.store }, jobs, tasks: new TaskRunner({ workerPath: undefined }), version: '9.9.9-test' });
  return { ...h, jobs, bundles };
}

/** An entity with its leader, a website, its access and an order: every kind of record and reference. */
export async function addClient(h: Harness, over: { name?: string; certificateNumber?: string; domain?: string } = {}): Promise<{ entityId: string; serviceId: string }> {
  const { id: entityId } = await h.portfolio.entities.create({ entity: entityInput({ ...(over.name ? { name: over.name } : {}), ...(over.certificateNumber ? { certificateNumber: over.certificateNumber } : {}) }), leader: { new: personInput() } });
  const entity = await h.portfolio.entities.get(entityId);
  const domain = over.domain ?? 'icpdesk-demo.cn';
  const { id: serviceId } = await h.portfolio.services.create({ entityId, service: websiteInput({ domain, homepageUrl: `https://www.${domain}/` }), leader: { id: entity.entity.leaderId } });
  await h.portfolio.accesses.save({ serviceId, access: accessInput() });
  await new FilingService(h.portfolio).create({ operation: 'add-service-existing-entity', entityId, providerId: 'alibaba' });
  return { entityId, serviceId };
}

/** Waits until the job ends and answers its last status. */
export async function finished(jobs: JobService, jobId: string): Promise<JobStatus> {
  await expect.poll(() => jobs.get(jobId).state, { timeout: 20_000 }).not.toBe('running');
  return jobs.get(jobId);
}

export async function exportBundle(h: BundleHarness): Promise<Buffer> {
  const { jobId } = h.bundles.export();
  const status = await finished(h.jobs, jobId);
  expect(status.error).toBeUndefined();
  expect(status.state).toBe('done');
  return Buffer.from(h.jobs.takeFile(jobId).bytes);
}

export async function previewStatus(h: BundleHarness, bytes: Uint8Array, fileName = 'test.icpdesk'): Promise<JobStatus> {
  const { jobId } = h.bundles.preview({ fileName, base64: Buffer.from(bytes).toString('base64') });
  return finished(h.jobs, jobId);
}

export async function preview(h: BundleHarness, bytes: Uint8Array): Promise<BundlePreview> {
  const status = await previewStatus(h, bytes);
  expect(status.error).toBeUndefined();
  return BundlePreview.parse(status.value);
}

export async function importBundle(h: BundleHarness, input: BundleImportInput): Promise<BundleImportResult> {
  const status = await finished(h.jobs, h.bundles.import(input).jobId);
  expect(status.error).toBeUndefined();
  return BundleImportResult.parse(status.value);
}

/** Every collection's records, in order: what "the data" is. */
export function records(h: Harness): Record<string, unknown[]> {
  return Object.fromEntries(['settings', 'entities', 'people', 'services', 'accesses', 'filings', 'events'].map((name) => [name, [...h.store.list(name)]]));
}

/** The data files (not backups) with their bytes: to prove nothing was written. */
export function dataFiles(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isFile()) out.set(name, readFileSync(path));
  }
  return out;
}
