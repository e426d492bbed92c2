// Progressive enhancement for every page. Loaded as <script type="module">,
// so browsers too old for govuk-frontend's JavaScript never run it and keep the
// plain HTML behaviour, which works on its own. No inline script is needed:
// the classes govuk-frontend looks for are added here.
import { initAll } from './govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// govuk-frontend 5's enhanced file upload puts its status ("Ingen fil vald")
// and its button text side by side with no space between them, so without CSS,
// and for checks that read the visible text (axe, voice control), they run
// together as "Ingen fil valdVälj fil". A space keeps them two phrases.
for (const status of document.querySelectorAll('.govuk-file-upload-button__status')) {
  status.after(' ');
}
