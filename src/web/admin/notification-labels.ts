import type { Channel, NotificationEvent } from '../../domain/notifications/events.ts';
import type { Translator } from '../ui/i18n/translator.ts';

export const eventLabel = (t: Translator, e: NotificationEvent) => t.t(`outbox.event.${e}`);
export const channelLabel = (t: Translator, c: Channel) => t.t(`outbox.channel.${c}`);
export const langLabel = (t: Translator, lang: string) =>
  lang === 'en' ? t.t('notices.lang.en') : lang === 'ar' ? t.t('notices.lang.ar') : t.t('notices.lang.sv');
