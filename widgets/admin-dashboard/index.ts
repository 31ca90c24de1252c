// The `storelet/admin-dashboard` entry: importing it defines <admin-dashboard>. Kept out of `storelet/widgets`
// and the shopper script tag, which shoppers' pages load.
import './define.ts';

export { AdminDashboard } from './admin-dashboard.ts';
export { saveFile } from './save-file.ts';
