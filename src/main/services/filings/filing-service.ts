import { text } from '../../../shared/domain/finding';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { Determination, FilingDetail, FilingListResult, FilingSaveStepResult } from '../../../shared/ipc/filing-schemas';
import type { IdResult } from '../../../shared/ipc/portfolio-schemas';
import type { PortfolioServices } from '../portfolio';
import { ServiceError } from '../service-error';

const notYet = (): never => {
  throw new ServiceError('INTERNAL', text('该功能尚在开发中。', 'This feature is still being built.'));
};

/** Temporary: the filing channel surface, so the renderer can code against it while it is built. */
export class FilingService {
  constructor(readonly portfolio: PortfolioServices) {}

  determine(_input: ChannelInput<'filing:determine'>): Determination {
    return notYet();
  }

  async create(_input: ChannelInput<'filing:create'>): Promise<FilingDetail> {
    return notYet();
  }

  list(_input: ChannelInput<'filing:list'>): FilingListResult {
    return notYet();
  }

  get(_id: string): FilingDetail {
    return notYet();
  }

  async saveStep(_input: ChannelInput<'filing:save-step'>): Promise<FilingSaveStepResult> {
    return notYet();
  }

  async acknowledge(_input: ChannelInput<'filing:acknowledge'>): Promise<FilingDetail> {
    return notYet();
  }

  async recordEvent(_input: ChannelInput<'filing:record-event'>): Promise<FilingDetail> {
    return notYet();
  }

  async deleteDraft(_id: string): Promise<IdResult> {
    return notYet();
  }
}
