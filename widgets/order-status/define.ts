import { defineElement } from '../shared/define-element.ts';
import { OrderStatusElement } from './order-status.ts';

defineElement('order-status', OrderStatusElement);

export { OrderStatusElement };
