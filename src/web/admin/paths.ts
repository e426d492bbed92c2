/** Where the admin pages live under a municipality (the staff menu links here). */
export const OUTBOX_ADMIN_PATH = '/handlaggare/admin/meddelanden';
export const NOTICES_PATH = '/handlaggare/admin/aviseringar';
