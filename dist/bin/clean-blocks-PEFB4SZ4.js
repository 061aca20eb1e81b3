import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  cleanBlocks,
  cleanDocument
} from "./chunk-HE36FIXH.js";
import "./chunk-YGGELWK2.js";
import "./chunk-VQHXWMJR.js";
import "./chunk-JYLCKMJR.js";
import "./chunk-3OOOJW5O.js";
export {
  cleanBlocks,
  cleanDocument
};
