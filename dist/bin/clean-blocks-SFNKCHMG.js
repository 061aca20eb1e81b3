import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  cleanBlocks,
  cleanDocument
} from "./chunk-5ZHYVOQE.js";
import "./chunk-YGGELWK2.js";
import "./chunk-T5S3MEW3.js";
import "./chunk-ICND44WV.js";
import "./chunk-JYLCKMJR.js";
import "./chunk-3OOOJW5O.js";
export {
  cleanBlocks,
  cleanDocument
};
