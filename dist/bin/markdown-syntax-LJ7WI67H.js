import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  MARKDOWN_SYNTAX
} from "./chunk-4UWE2XFQ.js";
import "./chunk-3OOOJW5O.js";
export {
  MARKDOWN_SYNTAX
};
