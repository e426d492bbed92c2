import type { Html } from '#jsx/jsx-runtime';
import type { EServiceInfo } from '../../../domain/eservices/eservice.ts';
import { Localized, plainText } from '../../citizen/localized.tsx';
import { staffNav } from '../../officer/staff-nav.ts';
import { Button, type FieldError, Form, TextInput } from '../../ui/components/index.ts';
import { Page } from '../../ui/layout.tsx';
import { href, type PageContext } from '../../ui/page-context.ts';
import { builderPath } from '../paths.ts';

export interface CopyValues {
  slug: string;
  nameSv: string;
  nameEn: string;
}

/** GET/POST /:kommun/handlaggare/bygg/:eServiceId/kopiera — copy an e-service under a new address and name. */
export function CopyEServicePage(props: {
  ctx: PageContext;
  eService: EServiceInfo;
  values: CopyValues;
  errors: readonly FieldError[];
}): Html {
  const { ctx, values, errors } = props;
  const t = ctx.t;
  const title = t.t('builderCopy.title');
  const error = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <Page
      ctx={ctx}
      title={`${title} – ${plainText(props.eService.name, ctx.lang)}`}
      navItems={staffNav(ctx)}
      errors={errors}
      backLink={{ href: href(ctx, builderPath(props.eService.id)), text: t.t('builderTry.start.back') }}
    >
      <span class="govuk-caption-l">
        <Localized text={props.eService.name} lang={ctx.lang} />
      </span>
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">{t.t('builderCopy.lead')}</p>
      <Form ctx={ctx} action={href(ctx, builderPath(props.eService.id, '/kopiera'))}>
        <TextInput
          t={t}
          name="slug"
          label={t.t('builderCopy.slug')}
          hint={t.t('builderCopy.slugHint')}
          value={values.slug}
          error={error('slug')}
          requirement="required"
          spellcheck={false}
          autocomplete="off"
        />
        <TextInput
          t={t}
          name="nameSv"
          label={t.t('builderCopy.nameSv')}
          value={values.nameSv}
          error={error('nameSv')}
          requirement="required"
        />
        <TextInput
          t={t}
          name="nameEn"
          label={t.t('builderCopy.nameEn')}
          hint={t.t('builderCopy.nameHint')}
          value={values.nameEn}
          error={error('nameEn')}
        />
        <Button preventDoubleClick>{t.t('builderCopy.submit')}</Button>
      </Form>
    </Page>
  );
}
