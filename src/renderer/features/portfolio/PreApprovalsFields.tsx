import { Button, Col, Row } from 'antd';
import { useFieldArray, useFormContext, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { preApprovalCategories } from '../../../shared/domain';
import { SelectField, TextField } from '../../components/form/fields';
import { useLabels } from './useLabels';

/** 前置审批: each approval's category and number (§4.2: T4, H6). */
export function PreApprovalsFields<T extends FieldValues>({ prefix }: { prefix: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { control } = useFormContext<T>();
  const { fields, append, remove } = useFieldArray({ control, name: `${prefix}.preApprovals` as never });
  return (
    <fieldset className="icp-fieldset">
      <legend>{t('service.field.preApprovals')}</legend>
      {fields.map((item, index) => (
        <Row gutter={16} key={item.id} align="bottom">
          <Col xs={24} md={10}>
            <SelectField<T>
              name={`${prefix}.preApprovals.${index}.category` as never}
              label={t('service.preApproval.category', { n: index + 1 })}
              required
              options={preApprovalCategories.items.map((c) => ({ value: c.code, label: labels.preApproval(c.code) }))}
            />
          </Col>
          <Col xs={20} md={10}>
            <TextField<T> name={`${prefix}.preApprovals.${index}.approvalNumber` as never} label={t('service.preApproval.number', { n: index + 1 })} required />
          </Col>
          <Col xs={4} md={4}>
            <Button style={{ marginBottom: 24 }} onClick={() => remove(index)} aria-label={t('service.preApproval.remove', { n: index + 1 })}>
              {t('common.remove.button')}
            </Button>
          </Col>
        </Row>
      ))}
      <Button onClick={() => append({ category: undefined, approvalNumber: undefined } as never)}>{t('service.preApproval.add')}</Button>
    </fieldset>
  );
}
