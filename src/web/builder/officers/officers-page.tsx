import type { Html } from '#jsx/jsx-runtime';
import type { EServiceHandler, HandlerCandidates } from '../../../services/builder/eservice-handlers.ts';
import {
  Button,
  Checkboxes,
  errorFor,
  type FieldError,
  Form,
  Select,
  Tag,
  VisuallyHidden,
  WarningText,
} from '../../ui/components/index.ts';
import { href, type PageContext } from '../../ui/page-context.ts';
import { builderPath } from '../paths.ts';
import { OfficersFrame } from './officers-frame.tsx';

export interface OfficersPageProps {
  ctx: PageContext;
  eServiceId: string;
  serviceName: string;
  handlers: readonly EServiceHandler[];
  candidates: HandlerCandidates;
  errors: readonly FieldError[];
  /** What was chosen when adding failed. */
  values?: { userId?: string; groupId?: string; restrictedUser?: boolean; restrictedGroup?: boolean };
  notice?: string | undefined;
  /** Removing this one would leave nobody: ask to confirm. */
  confirmRemove?: EServiceHandler | undefined;
}

/** Where the page's forms post, below /handlaggare/bygg/:eServiceId/behorighet. */
export const OFFICER_ACTIONS = {
  addPerson: '/behorighet/person',
  addGroup: '/behorighet/grupp',
  restrict: '/behorighet/begransning',
  remove: '/behorighet/ta-bort',
} as const;

/** /:kommun/handlaggare/bygg/:eServiceId/behorighet */
export function OfficersPage(props: OfficersPageProps): Html {
  const { ctx, errors } = props;
  const t = ctx.t;
  const base = (rest: string) => href(ctx, builderPath(props.eServiceId, rest));
  const title = t.t('builderOff.officers.title', { service: props.serviceName });
  const values = props.values ?? {};
  const roleWords = (h: EServiceHandler) =>
    h.kind === 'group'
      ? t.t('builderOff.officers.groupMembers', { count: h.memberCount ?? 0 })
      : h.roles.map((r) => t.t(`builderOff.role.${r}`)).join(', ');
  const hidden = (h: EServiceHandler) => (
    <>
      <input type="hidden" name="kind" value={h.kind} />
      <input type="hidden" name="id" value={h.id} />
    </>
  );
  return (
    <OfficersFrame
      ctx={ctx}
      eServiceId={props.eServiceId}
      title={title}
      errors={errors}
      notice={props.notice}
    >
      <p class="govuk-body">{t.t('builderOff.officers.lead')}</p>
      <p class="govuk-body">{t.t('builderOff.officers.restrictedLead')}</p>

      {props.confirmRemove ? (
        <div class="govuk-inset-text" id="confirm-remove">
          <WarningText t={t}>
            {t.t('builderOff.officers.confirmLast', { name: props.confirmRemove.name })}
          </WarningText>
          <Form ctx={ctx} action={base(OFFICER_ACTIONS.remove)}>
            {hidden(props.confirmRemove)}
            <input type="hidden" name="confirm" value="yes" />
            <div class="govuk-button-group">
              <Button variant="warning">
                {t.t('builderOff.officers.confirmButton', { name: props.confirmRemove.name })}
              </Button>
              <a class="govuk-link" href={base('/behorighet')}>
                {t.t('builderOff.officers.cancel')}
              </a>
            </div>
          </Form>
        </div>
      ) : null}

      <h2 class="govuk-heading-m" id="handlers">
        {t.t('builderOff.officers.current')}
      </h2>
      {props.handlers.length === 0 ? (
        <WarningText t={t}>{t.t('builderOff.officers.none')}</WarningText>
      ) : (
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-visually-hidden">
            {t.t('builderOff.officers.current')}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                {t.t('builderOff.officers.col.name')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t.t('builderOff.officers.col.role')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t.t('builderOff.officers.col.restricted')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t.t('builderOff.officers.col.actions')}
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {props.handlers.map((h) => (
              <tr class="govuk-table__row">
                <th scope="row" class="govuk-table__header">
                  {h.kind === 'group' ? t.t('builderOff.rule.group', { name: h.name }) : h.name}
                  {h.inactive ? (
                    <>
                      {' '}
                      <Tag colour="grey">{t.t('builderOff.officers.inactive')}</Tag>
                    </>
                  ) : null}
                </th>
                <td class="govuk-table__cell">{roleWords(h)}</td>
                <td class="govuk-table__cell">
                  {h.restricted ? (
                    <Tag colour="yellow">{t.t('builderOff.officers.restrictedYes')}</Tag>
                  ) : (
                    t.t('builderOff.officers.restrictedNo')
                  )}
                </td>
                <td class="govuk-table__cell">
                  <Form ctx={ctx} action={base(OFFICER_ACTIONS.restrict)}>
                    {hidden(h)}
                    <input type="hidden" name="restricted" value={h.restricted ? 'no' : 'yes'} />
                    <Button variant="secondary" class="govuk-!-margin-bottom-1">
                      {h.restricted
                        ? t.t('builderOff.officers.unrestrict')
                        : t.t('builderOff.officers.restrict')}
                      <VisuallyHidden>{`: ${h.name}`}</VisuallyHidden>
                    </Button>
                  </Form>
                  <Form ctx={ctx} action={base(OFFICER_ACTIONS.remove)}>
                    {hidden(h)}
                    <Button variant="warning" class="govuk-!-margin-bottom-1">
                      {t.t('builderOff.officers.remove')}
                      <VisuallyHidden>{`: ${h.name}`}</VisuallyHidden>
                    </Button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 class="govuk-heading-m">{t.t('builderOff.officers.addPerson')}</h2>
      {props.candidates.people.length === 0 && !errorFor(errors, 'userId') ? (
        <p class="govuk-body">{t.t('builderOff.officers.noPeople')}</p>
      ) : (
        <Form ctx={ctx} action={base(OFFICER_ACTIONS.addPerson)}>
          <Select
            t={t}
            name="userId"
            label={t.t('builderOff.officers.person')}
            hint={t.t('builderOff.officers.personHint')}
            emptyOption
            value={values.userId ?? null}
            error={errorFor(errors, 'userId')}
            options={props.candidates.people.map((p) => ({
              value: p.id,
              text: `${p.name} (${p.username})`,
            }))}
          />
          <Checkboxes
            t={t}
            name="restricted"
            id="restrictedUser"
            legend={t.t('builderOff.officers.restrictedLegend')}
            legendSize="s"
            small
            values={values.restrictedUser ? ['yes'] : []}
            items={[{ value: 'yes', label: t.t('builderOff.officers.restrictedOption') }]}
          />
          <Button>{t.t('builderOff.officers.addPersonButton')}</Button>
        </Form>
      )}

      <h2 class="govuk-heading-m">{t.t('builderOff.officers.addGroup')}</h2>
      {props.candidates.groups.length === 0 && !errorFor(errors, 'groupId') ? (
        <p class="govuk-body">{t.t('builderOff.officers.noGroups')}</p>
      ) : (
        <Form ctx={ctx} action={base(OFFICER_ACTIONS.addGroup)}>
          <Select
            t={t}
            name="groupId"
            label={t.t('builderOff.officers.group')}
            emptyOption
            value={values.groupId ?? null}
            error={errorFor(errors, 'groupId')}
            options={props.candidates.groups.map((g) => ({
              value: g.id,
              text: t.t('builderOff.officers.groupOption', { name: g.name, count: g.memberCount }),
            }))}
          />
          <Checkboxes
            t={t}
            name="restricted"
            id="restrictedGroup"
            legend={t.t('builderOff.officers.restrictedLegend')}
            legendSize="s"
            small
            values={values.restrictedGroup ? ['yes'] : []}
            items={[{ value: 'yes', label: t.t('builderOff.officers.restrictedGroupOption') }]}
          />
          <Button>{t.t('builderOff.officers.addGroupButton')}</Button>
        </Form>
      )}

      <p class="govuk-body">
        <a class="govuk-link" href={base('/tilldelning')}>
          {t.t('builderOff.officers.toAssignment')}
        </a>
      </p>
    </OfficersFrame>
  );
}
