import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  cleanBlocks,
  cleanDocument
} from "./chunk-ROV77A73.js";
import "./chunk-FEN522F2.js";
import "./chunk-WZUEY6S6.js";
import "./chunk-3OOOJW5O.js";
export {
  cleanBlocks,
  cleanDocument
};
