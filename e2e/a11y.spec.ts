import { describeAxe } from './axe';
import { PAGE_TYPES } from './pages';

describeAxe(PAGE_TYPES);
