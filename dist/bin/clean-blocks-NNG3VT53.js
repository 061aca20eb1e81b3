import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  cleanBlocks,
  cleanDocument
} from "./chunk-MUYPKYCK.js";
import "./chunk-YGGELWK2.js";
import "./chunk-T5S3MEW3.js";
import "./chunk-T7GCIZ2N.js";
import "./chunk-JYLCKMJR.js";
import "./chunk-3OOOJW5O.js";
export {
  cleanBlocks,
  cleanDocument
};
