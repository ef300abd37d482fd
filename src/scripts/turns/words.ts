/** The interface words the turn tools say, in the page's language (src/i18n/). */
import { ui } from '../../i18n';

export const words = () => ui(document.documentElement.lang);
