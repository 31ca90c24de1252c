import { defineElement } from '../shared/define-element.ts';
import { AdminDashboard } from './admin-dashboard.ts';
import { AdminOrderList } from './admin-order-list.ts';
import { AdminOrderView } from './admin-order-view.ts';
import { AdminShipments } from './admin-shipments.ts';
import { AdminSignIn } from './admin-sign-in.ts';

// The dashboard's parts first, so its first render finds them defined.
defineElement('admin-sign-in', AdminSignIn);
defineElement('admin-order-list', AdminOrderList);
defineElement('admin-shipments', AdminShipments);
defineElement('admin-order-view', AdminOrderView);
defineElement('admin-dashboard', AdminDashboard);
