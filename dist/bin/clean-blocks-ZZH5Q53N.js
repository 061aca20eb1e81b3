import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  cleanBlocks,
  cleanDocument
} from "./chunk-MAHBP7HL.js";
import "./chunk-YGGELWK2.js";
import "./chunk-T5S3MEW3.js";
import "./chunk-YQRREFEW.js";
import "./chunk-JYLCKMJR.js";
import "./chunk-3OOOJW5O.js";
export {
  cleanBlocks,
  cleanDocument
};
