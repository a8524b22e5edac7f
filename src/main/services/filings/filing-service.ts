import { determineOperation, DetermineInput, type Determination } from '../../../shared/domain/operation-determination';
import type { ChannelInput } from '../../../shared/ipc/contract';
import {
  FilingAcknowledgeInput,
  FilingCreateInput,
  FilingQuery,
  FilingRecordEventInput,
  FilingSaveStepInput,
  type FilingDetail,
  type FilingListResult,
  type FilingSaveStepResult,
} from '../../../shared/ipc/filing-schemas';
import type { IdResult } from '../../../shared/ipc/portfolio-schemas';
import type { PortfolioServices } from '../portfolio';
import { parseInput } from '../portfolio/validation';
import { acknowledge } from './acknowledge';
import { createFiling } from './create-filing';
import { deleteDraft } from './delete-draft';
import type { FilingDeps } from './deps';
import { buildDetail } from './detail';
import { getFiling } from './drafts';
import { FilingIndex } from './filing-index';
import { listFilings } from './list-filings';
import { recordEvent } from './record-event';
import { saveStep } from './save-step';
import { stepIssues } from './step-issues';

/**
 * The filing use cases behind the filing channels (issue #5). They share the portfolio's context, so
 * every write is one journaled transaction with its history event and the search index follows the
 * portfolio records an approval writes. No Electron: browser mode, seeds and tests use the same code.
 */
export class FilingService {
  private readonly deps: FilingDeps;
  /** filing:list's search index, following every commit of the store like the portfolio's. */
  private readonly index: FilingIndex;

  constructor(portfolio: PortfolioServices) {
    this.deps = { ctx: portfolio.context, view: portfolio.view };
    this.index = new FilingIndex(portfolio.context.source);
  }

  /** Builds filing:list's index in slices in the background (app start), so the first list finds it built. */
  warmUp(): Promise<void> {
    return this.index.warmUp().catch(() => undefined);
  }

  private parse<S extends Parameters<typeof parseInput>[0]>(schema: S, raw: unknown) {
    return parseInput(schema, raw, this.deps.ctx.language());
  }

  /** Pure over the live portfolio: which operation the user's intent amounts to (§2). */
  determine(raw: ChannelInput<'filing:determine'>): Determination {
    return determineOperation(this.parse(DetermineInput, raw), this.deps.view);
  }

  async create(raw: ChannelInput<'filing:create'>): Promise<FilingDetail> {
    return buildDetail(this.deps, await createFiling(this.deps, this.parse(FilingCreateInput, raw)));
  }

  list(raw: ChannelInput<'filing:list'>): FilingListResult {
    return listFilings(this.deps.ctx.store, this.parse(FilingQuery, raw), this.deps.ctx.now(), this.index);
  }

  get(id: string): FilingDetail {
    return buildDetail(this.deps, getFiling(this.deps.ctx.store, id));
  }

  async saveStep(raw: ChannelInput<'filing:save-step'>): Promise<FilingSaveStepResult> {
    const input = this.parse(FilingSaveStepInput, raw);
    const filing = await saveStep(this.deps, input);
    return { detail: buildDetail(this.deps, filing), stepIssues: input.validate ? stepIssues(this.deps, filing, input.step, this.deps.ctx.language()) : [] };
  }

  async acknowledge(raw: ChannelInput<'filing:acknowledge'>): Promise<FilingDetail> {
    return buildDetail(this.deps, await acknowledge(this.deps, this.parse(FilingAcknowledgeInput, raw)));
  }

  async recordEvent(raw: ChannelInput<'filing:record-event'>): Promise<FilingDetail> {
    return buildDetail(this.deps, await recordEvent(this.deps, this.parse(FilingRecordEventInput, raw)));
  }

  async deleteDraft(id: string): Promise<IdResult> {
    return deleteDraft(this.deps, id);
  }
}
