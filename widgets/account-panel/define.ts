import { defineElement } from '../shared/define-element.ts';
import { AccountPanel } from './account-panel.ts';

defineElement('account-panel', AccountPanel);

export { AccountPanel };
