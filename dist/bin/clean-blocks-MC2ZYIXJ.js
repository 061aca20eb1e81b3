import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  cleanBlocks,
  cleanDocument
} from "./chunk-A5NJYPG4.js";
import "./chunk-FEN522F2.js";
import "./chunk-HJ4GGWN5.js";
import "./chunk-3OOOJW5O.js";
export {
  cleanBlocks,
  cleanDocument
};
