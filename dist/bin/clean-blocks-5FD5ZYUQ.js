import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  cleanBlocks,
  cleanDocument
} from "./chunk-L75HCZB7.js";
import "./chunk-YGGELWK2.js";
import "./chunk-63U2FMRZ.js";
import "./chunk-YPCK34LZ.js";
import "./chunk-QYCRUTXL.js";
import "./chunk-JYLCKMJR.js";
import "./chunk-3OOOJW5O.js";
export {
  cleanBlocks,
  cleanDocument
};
