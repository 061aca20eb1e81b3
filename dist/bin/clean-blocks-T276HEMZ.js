import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  cleanBlocks,
  cleanDocument
} from "./chunk-6XJXLFUK.js";
import "./chunk-4GZKXXAL.js";
import "./chunk-5NM7HNAK.js";
import "./chunk-3OOOJW5O.js";
export {
  cleanBlocks,
  cleanDocument
};
