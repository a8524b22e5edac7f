import type { Locator, Page } from '@playwright/test';
import { FormHelper } from './form';

export interface LeaderData {
  name: string;
  idNumber: string;
  validFrom: string;
  mobile: string;
  emergencyPhone: string;
  email: string;
}

export interface EntityData {
  certificateNumber: string;
  name: string;
  district: string;
  address: string;
  leader: LeaderData;
}

/** The entity form (new, edit) and the entity part of the record-existing form. */
export class EntityForm extends FormHelper {
  constructor(page: Page) {
    super(page);
  }

  identity(): Locator {
    return this.section(/^(主体信息|Entity)$/);
  }

  region(): Locator {
    return this.section(/备案地域与地址|Filing region and addresses/);
  }

  leader(): Locator {
    return this.section(/^(主体负责人|Entity leader)$/);
  }

  certificateNumber(): Locator {
    return this.field(this.identity(), /证件号码|Certificate number/);
  }

  async fillLeader(scope: Locator, leader: LeaderData): Promise<void> {
    await this.fill(scope, /^[*\s]*(姓名|Name)$/, leader.name);
    await this.fill(scope, /证件号码|Certificate number/, leader.idNumber);
    await this.fill(scope, /证件有效期起|Valid from/, leader.validFrom);
    await scope.getByRole('checkbox', { name: /长期|Long-term/ }).check();
    await this.fill(scope, /手机号码|Mobile/, leader.mobile);
    await this.fill(scope, /应急联系电话|Emergency phone/, leader.emergencyPhone);
    await this.fill(scope, /电子邮箱|E-mail/, leader.email);
  }

  async fillEntity(data: EntityData): Promise<void> {
    await this.fill(this.identity(), /证件号码|Certificate number/, data.certificateNumber);
    await this.fill(this.identity(), /主办单位名称|Name of the organisation/, data.name);
    await this.choose(this.region(), /备案省份|Filing province/, '北京');
    await this.choose(this.region(), /城市|City/, '市辖区');
    await this.fill(this.region(), /区县代码|District code/, data.district);
    await this.fill(this.region(), /证件住所|Address on the certificate/, data.address);
    await this.region().getByRole('button', { name: /与证件住所相同|Same as the certificate address/ }).click();
    await this.fillLeader(this.leader(), data.leader);
  }

  async save(name: RegExp): Promise<void> {
    await this.page.getByRole('button', { name }).click();
  }
}
