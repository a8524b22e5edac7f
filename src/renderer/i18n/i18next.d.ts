import 'i18next';
import type { zhCN } from '../../shared/i18n/zh-CN';

/** `t()` accepts only keys of the shared catalog; keys are flat strings with dots in them. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
    keySeparator: false;
    nsSeparator: false;
  }
}
