import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  cleanBlocks,
  cleanDocument
} from "./chunk-VQZETKKZ.js";
import "./chunk-YGGELWK2.js";
import "./chunk-T5S3MEW3.js";
import "./chunk-AXDUPTWI.js";
import "./chunk-JYLCKMJR.js";
import "./chunk-3OOOJW5O.js";
export {
  cleanBlocks,
  cleanDocument
};
