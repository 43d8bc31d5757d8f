import { describeAxe } from './axe';
import { FIXTURE_PAGE_TYPES } from './pages';

// Later listing pages (and their pagination) exist only on the 30-post fixture site.
describeAxe(FIXTURE_PAGE_TYPES);
