// Tests render an element and look inside it at once, so they define every element up front (from the
// loader's own table) rather than waiting for the loader to notice the tag.
import '../shop-provider/define.ts';
import { ELEMENTS } from '../elements.ts';

await Promise.all(Object.values(ELEMENTS).map((load) => load()));
