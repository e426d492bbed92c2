import type { Children, Html } from '#jsx/jsx-runtime';
import type { PageContext } from '../page-context.ts';
import { CsrfField } from './csrf-field.tsx';

export interface FormProps {
  ctx: Pick<PageContext, 'csrfToken'>;
  action: string;
  /** POST carries the CSRF token; GET (search, filters) does not. */
  method?: 'post' | 'get';
  /** Set for forms with a FileUpload. */
  multipart?: boolean;
  id?: string;
  children: Children;
}

/**
 * A form that is checked on the server only: `novalidate` turns off the
 * browser's own error bubbles, which differ between browsers, are not
 * translated with the page and do not reach the error summary.
 */
export function Form(props: FormProps): Html {
  const method = props.method ?? 'post';
  return (
    <form
      method={method}
      action={props.action}
      enctype={props.multipart ? 'multipart/form-data' : undefined}
      id={props.id}
      novalidate
    >
      {method === 'post' ? <CsrfField token={props.ctx.csrfToken} /> : null}
      {props.children}
    </form>
  );
}
