import { REFERENCE_AS_OF } from '../model/reference-date';
import { DATA_OPERATIONS } from './context';
import { rule, text } from './helpers';
import { documentPath, requiredDocumentsOf } from './required-documents';
import type { RuleHit } from './types';

/** Every required document must be marked provided (§4.4, §7: A21, H6, H7, T5, A25-Henan). */
export const documentsMissing = rule({
  id: 'documents.missing',
  appliesTo: {},
  severity: 'warning',
  step: 'documents',
  source: ['§4.4', '§7', '§9.3', 'A21', 'H6', 'H7', 'T5', 'A25-Henan'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    text(`缺少材料：${p.labelZh}（原因：${p.reasonZh}）。请上传原件的照片或彩色扫描件。`, `Missing document: ${p.labelEn} (because: ${p.reasonEn}). Upload a photo or colour scan of the original.`),
  check: (ctx) => {
    const provided = ctx.data.documents ?? [];
    return requiredDocumentsOf(ctx).flatMap((d): RuleHit[] => {
      const done = provided.some((p) => p.provided && p.kind === d.kind && (d.subjectId === undefined || p.subjectId === d.subjectId));
      return done
        ? []
        : [{ path: documentPath(d), params: { labelZh: d.label['zh-CN'], labelEn: d.label.en, reasonZh: d.reason['zh-CN'], reasonEn: d.reason.en } }];
    });
  },
});

/** Originals only, clear and complete (§4.4, §9.3 Documents: A21, H6, T5). */
export const documentsOriginals = rule({
  id: 'documents.originals',
  appliesTo: { operations: DATA_OPERATIONS },
  severity: 'warning',
  step: 'documents',
  source: ['§4.4', '§9.3', 'A21', 'H6', 'T5'],
  asOf: REFERENCE_AS_OF,
  message: text(
    '请确认所有材料均为原件的照片或彩色扫描件：不是复印件或翻拍屏幕，四角完整、字迹清晰、证件在有效期内；单个文件不超过 4 MB（jpg/png）；水印仅可为“仅供备案使用”且不遮挡文字。确认后勾选此项。',
    'Confirm every document is a photo or colour scan of the original — no photocopies or screen shots — with all four edges, legible text and within its validity; at most 4 MB each (jpg/png); a watermark only as "仅供备案使用" without covering text. Tick this item when confirmed.',
  ),
  check: (ctx) => (requiredDocumentsOf(ctx).length > 0 ? [{ path: 'documents' }] : []),
});

/** The face check of the service leader fails on background, lighting or mismatch (§2.2, §9.3: A20, T5). */
export const faceCheckReady = rule({
  id: 'documents.face-check',
  appliesTo: { operations: ['initial', 'access', 'add-service-new-entity-here', 'add-service-existing-entity', 'claim'] },
  severity: 'warning',
  step: 'documents',
  source: ['§2.2', '§9.3', 'A20', 'A21', 'T5'],
  asOf: REFERENCE_AS_OF,
  message: text(
    '网站/App 负责人本人须在接入商 App 中完成人脸核验：白色背景，光线充足，面部无遮挡，与证件照片一致。准备好后勾选此项。',
    'The website/app leader must pass the face check in the provider app in person: white background, good lighting, face unobstructed and matching the certificate photo. Tick this item when ready.',
  ),
  check: (ctx) => (ctx.services.length > 0 ? [{ path: 'documents' }] : []),
});
