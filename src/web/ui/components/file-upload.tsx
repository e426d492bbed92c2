import type { Html } from '#jsx/jsx-runtime';
import { FieldFrame, fieldIds } from './field-frame.tsx';
import { describedBy } from './field-id.ts';
import type { FieldProps } from './field-props.ts';
import { pluralAttributes } from './plural-attributes.ts';

export interface FileUploadProps extends FieldProps {
  multiple?: boolean;
  /** File types the picker offers, e.g. ".pdf,.jpg,image/png". The server checks again. */
  accept?: string;
  /**
   * govuk-frontend's enhanced upload (a drop zone and a translated button).
   * Without JavaScript the plain file input is shown either way.
   */
  enhanced?: boolean;
}

/**
 * A file picker. Browsers never re-display a chosen file, so after a failed
 * submit list the files already received next to it (the caller knows them).
 * The form needs enctype="multipart/form-data".
 */
export function FileUpload(props: FileUploadProps): Html {
  const { t } = props;
  const ids = fieldIds(props);
  const { id, hintId, errorId } = ids;
  const input = (
    <input
      class={props.error ? 'govuk-file-upload govuk-file-upload--error' : 'govuk-file-upload'}
      id={id}
      name={props.name}
      type="file"
      multiple={props.multiple}
      accept={props.accept}
      disabled={props.disabled}
      aria-invalid={props.error ? 'true' : undefined}
      aria-describedby={describedBy(hintId, errorId)}
    />
  );
  const enhanced = props.enhanced ?? true;
  return (
    <FieldFrame {...props} ids={ids}>
      {enhanced ? (
        <div
          class="govuk-drop-zone"
          data-module="govuk-file-upload"
          {...{
            'data-i18n.choose-files-button': t.t('components.fileUpload.chooseFile'),
            'data-i18n.no-file-chosen': t.t('components.fileUpload.noFile'),
            'data-i18n.drop-instruction': t.t('components.fileUpload.dropInstruction'),
            'data-i18n.entered-drop-zone': t.t('components.fileUpload.enteredDropZone'),
            'data-i18n.left-drop-zone': t.t('components.fileUpload.leftDropZone'),
          }}
          {...pluralAttributes('multiple-files-chosen', t.lang, {
            one: t.t('components.fileUpload.filesChosen.one'),
            other: t.t('components.fileUpload.filesChosen.other'),
          })}
        >
          {input}
        </div>
      ) : (
        input
      )}
    </FieldFrame>
  );
}
