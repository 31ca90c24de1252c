import { defineElement } from '../shared/define-element.ts';
import { StickerConfigurator } from './sticker-configurator.ts';

defineElement('sticker-configurator', StickerConfigurator);

export { StickerConfigurator };
