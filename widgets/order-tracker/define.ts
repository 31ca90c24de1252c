import { defineElement } from '../shared/define-element.ts';
import { OrderTracker } from './order-tracker.ts';

defineElement('order-tracker', OrderTracker);

export { OrderTracker };
