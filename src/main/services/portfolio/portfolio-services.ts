import type {
  AccessSaveInput,
  ArchiveResult,
  DashboardData,
  EntityCreateInput,
  EntityDetail,
  EntityListResult,
  EntityQuery,
  EntityUpdateInput,
  IdResult,
  PersonCreateInput,
  PersonDetail,
  PersonListResult,
  PersonQuery,
  PersonUpdateInput,
  RecordExistingInput,
  RecordExistingResult,
  ServiceCreateInput,
  ServiceDetail,
  ServiceListResult,
  ServiceQuery,
  ServiceUpdateInput,
} from '../../../shared/ipc/portfolio-schemas';
import type { Access } from '../../../shared/domain/model/access';
import { text } from '../../../shared/domain/finding';
import { ServiceError } from '../service-error';
import type { StoreSource } from './store-source';

const notYet = (): never => {
  throw new ServiceError('INTERNAL', text('该功能尚在开发中。', 'This feature is still being built.'));
};

/** Temporary: the channel surface, so the renderer can code against it while the services are built. */
export class PortfolioServices {
  constructor(readonly source: StoreSource) {}
  readonly entities = {
    list: (_q: EntityQuery): EntityListResult => notYet(),
    get: (_id: string): EntityDetail => notYet(),
    create: (_i: EntityCreateInput): Promise<IdResult> => notYet(),
    update: (_i: EntityUpdateInput): Promise<EntityDetail> => notYet(),
    archive: (_id: string): Promise<ArchiveResult> => notYet(),
    unarchive: (_id: string): Promise<IdResult> => notYet(),
    delete: (_id: string): Promise<IdResult> => notYet(),
  };
  readonly people = {
    list: (_q: PersonQuery): PersonListResult => notYet(),
    get: (_id: string): PersonDetail => notYet(),
    create: (_i: PersonCreateInput): Promise<IdResult> => notYet(),
    update: (_i: PersonUpdateInput): Promise<PersonDetail> => notYet(),
  };
  readonly services = {
    list: (_q: ServiceQuery): ServiceListResult => notYet(),
    get: (_id: string): ServiceDetail => notYet(),
    create: (_i: ServiceCreateInput): Promise<IdResult> => notYet(),
    update: (_i: ServiceUpdateInput): Promise<ServiceDetail> => notYet(),
    archive: (_id: string): Promise<ArchiveResult> => notYet(),
    unarchive: (_id: string): Promise<IdResult> => notYet(),
    delete: (_id: string): Promise<IdResult> => notYet(),
  };
  readonly accesses = {
    save: (_i: AccessSaveInput): Promise<Access> => notYet(),
    remove: (_id: string): Promise<IdResult> => notYet(),
  };
  readonly recordExisting = { record: (_i: RecordExistingInput): Promise<RecordExistingResult> => notYet() };
  readonly dashboard = { get: (): DashboardData => notYet() };
}
