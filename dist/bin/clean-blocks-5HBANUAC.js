import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  cleanBlocks,
  cleanDocument
} from "./chunk-TMD3JLJS.js";
import "./chunk-YGGELWK2.js";
import "./chunk-TPSUDLOY.js";
import "./chunk-67SF2S42.js";
import "./chunk-HVKMH4LT.js";
import "./chunk-JYLCKMJR.js";
import "./chunk-3OOOJW5O.js";
export {
  cleanBlocks,
  cleanDocument
};
