import type { Html } from '#jsx/jsx-runtime';

/** The token every POST form carries (checked by @fastify/csrf-protection). */
export function CsrfField(props: { token: string }): Html {
  return <input type="hidden" name="_csrf" value={props.token} />;
}
