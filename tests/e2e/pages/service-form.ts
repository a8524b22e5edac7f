import type { Locator, Page } from '@playwright/test';
import { FormHelper } from './form';

export interface WebsiteData {
  name: string;
  domain: string;
  homepage: string;
  content: string;
  icpNumber?: string;
}

/** The service form (add to an entity, edit) and each service card of the record-existing form. */
export class ServiceForm extends FormHelper {
  constructor(page: Page) {
    super(page);
  }

  service(): Locator {
    return this.section(/^(服务信息|Service)$/);
  }

  async fillWebsite(scope: Locator, site: WebsiteData): Promise<void> {
    await this.fill(scope, /网站名称|Website name/, site.name);
    await this.fill(scope, /^[*\s]*(域名|Domain)$/, site.domain);
    await this.fill(scope, /首页网址|Homepage URL/, site.homepage);
    await this.choose(scope, /服务内容|Content/, site.content);
    if (site.icpNumber) await this.fill(scope, /服务备案号|Service ICP number/, site.icpNumber);
  }

  async fillAccess(scope: Locator, access: { provider: string; code: string; region: string; ip: string }): Promise<void> {
    await this.choose(scope, /^[*\s]*(接入商|Provider)$/, access.provider);
    await this.fill(scope, /备案服务号|授权码|service code|authorization code/i, access.code);
    await this.choose(scope, /服务器所在省份|Server province/, access.region);
    await this.addTags(scope, /IP 地址|IP addresses/, [access.ip]);
  }
}
