import type { Html } from '#jsx/jsx-runtime';
import { statusByKey } from '../../../domain/cases/statuses.ts';
import type { CaseSettings } from '../../../services/officer/case-view-settings.ts';
import { Localized } from '../../citizen/localized.tsx';
import { Tag, type TagColour } from '../../ui/components/index.ts';

const TAG_COLOURS = new Set<string>([
  'grey',
  'green',
  'turquoise',
  'blue',
  'light-blue',
  'purple',
  'pink',
  'red',
  'orange',
  'yellow',
]);

/** The case's status from its e-service's set, as a tag; an unknown key shows as itself. */
export function CaseStatusTag(props: { settings: CaseSettings; status: string; lang: string }): Html {
  const s = statusByKey(props.status, props.settings.statusSet);
  return (
    <Tag colour={s?.colour ?? 'grey'}>{s ? <Localized text={s.name} lang={props.lang} /> : props.status}</Tag>
  );
}

/** A colour label as a tag in its colour (labels whose key is no tag colour are grey); the text says it all. */
export function ColourTag(props: { settings: CaseSettings; colour: string; lang: string }): Html {
  const l = props.settings.colourLabels.find((c) => c.key === props.colour);
  const colour = (TAG_COLOURS.has(props.colour) ? props.colour : 'grey') as TagColour;
  return <Tag colour={colour}>{l ? <Localized text={l.meaning} lang={props.lang} /> : props.colour}</Tag>;
}
