import { defineElement } from '../shared/define-element.ts';
import { AccountButton } from './account-button.ts';

defineElement('account-button', AccountButton);

export { AccountButton };
