import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  cleanBlocks,
  cleanDocument
} from "./chunk-DT6HD5GD.js";
import "./chunk-YGGELWK2.js";
import "./chunk-T5S3MEW3.js";
import "./chunk-CPS3KVGG.js";
import "./chunk-JYLCKMJR.js";
import "./chunk-3OOOJW5O.js";
export {
  cleanBlocks,
  cleanDocument
};
