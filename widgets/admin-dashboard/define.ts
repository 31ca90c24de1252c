import { defineAdminDashboard } from './define-elements.ts';

defineAdminDashboard();
