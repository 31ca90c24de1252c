import { defineElement } from '../shared/define-element.ts';
import { ShopProvider } from './shop-provider.ts';

defineElement('shop-provider', ShopProvider);
